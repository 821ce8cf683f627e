/** The es message catalogue for the in-page views, injected with the on-demand script (lib/content/catalogue-handover.ts). */
import { es } from '../lib/i18n/es';
import { leaveCatalogue } from '../lib/content/catalogue-handover';

export default defineUnlistedScript(() => leaveCatalogue('es', es));
