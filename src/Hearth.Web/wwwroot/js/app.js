import { initAll as initGovukFrontend } from '/lib/govuk/govuk-frontend.min.js';
import { initAll as initMojFrontend } from '/lib/moj/moj-frontend.min.js';

initGovukFrontend();
initMojFrontend();
import '/js/session-timeout.js';
