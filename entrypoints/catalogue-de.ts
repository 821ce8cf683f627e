/** The de message catalogue for the in-page views, injected with the on-demand script (lib/content/catalogue-handover.ts). */
import { de } from '../lib/i18n/de';
import { leaveCatalogue } from '../lib/content/catalogue-handover';

export default defineUnlistedScript(() => leaveCatalogue('de', de));
