/** The desktop renderer is served from this origin by the custom protocol, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gazette';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
