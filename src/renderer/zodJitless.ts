/**
 * zod compiles object schemas with `new Function` when it may, and probes whether it may by trying: under the
 * renderer's CSP (no 'unsafe-eval') every probe is a CSP violation report. Compilation is turned off before any
 * schema is built — this module is imported first by the renderer's entry — so the probe never runs.
 */
import { z } from 'zod';

z.config({ jitless: true });
