/**
 * zod compiles object schemas with `new Function` when it may, and probes whether it may by trying: under the
 * renderer's CSP (no 'unsafe-eval') every probe is a CSP violation report. The renderer turns compilation off
 * before any schema is built — imported first by its entry — so the probe never runs.
 */
import { z } from 'zod';

z.config({ jitless: true });
