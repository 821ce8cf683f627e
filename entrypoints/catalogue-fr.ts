/** The fr message catalogue for the in-page views, injected with the on-demand script (lib/content/catalogue-handover.ts). */
import { fr } from '../lib/i18n/fr';
import { leaveCatalogue } from '../lib/content/catalogue-handover';

export default defineUnlistedScript(() => leaveCatalogue('fr', fr));
