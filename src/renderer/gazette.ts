/** The only module that reads `window.gazette`; the rest of the renderer imports it from here. */
import type { GazetteApi } from '../shared/api';

export const gazette: GazetteApi = window.gazette;
