/**
 * The maker a title implies when the page names no brand and the title starts with a product
 * line rather than the maker ("iPad Air (5th generation)", "ThinkPad X1 Carbon", "Galaxy S23"):
 * these lines are registered trademarks of one maker each, so the line names it.
 */
import { isDellMonitorCode } from '../classify/model-codes';
import { normalizeText } from '../factors/normalize';

const LINE_MAKERS = new Map<string, string>(
  Object.entries({
    ipad: 'apple',
    iphone: 'apple',
    macbook: 'apple',
    imac: 'apple',
    airpods: 'apple',
    homepod: 'apple',
    galaxy: 'samsung',
    thinkpad: 'lenovo',
    ideapad: 'lenovo',
    thinkcentre: 'lenovo',
    thinkvision: 'lenovo',
    thinkbook: 'lenovo',
    ideacentre: 'lenovo',
    thinkstation: 'lenovo',
    pixel: 'google',
    pixelbook: 'google',
    nest: 'google',
    chromecast: 'google',
    surface: 'microsoft',
    xbox: 'microsoft',
    latitude: 'dell',
    inspiron: 'dell',
    optiplex: 'dell',
    xps: 'dell',
    alienware: 'dell',
    ultrasharp: 'dell',
    poweredge: 'dell',
    vostro: 'dell',
    elitebook: 'hp',
    probook: 'hp',
    zbook: 'hp',
    elitedesk: 'hp',
    prodesk: 'hp',
    laserjet: 'hp',
    officejet: 'hp',
    deskjet: 'hp',
    proliant: 'hpe',
    zenbook: 'asus',
    vivobook: 'asus',
    rog: 'asus',
    expertbook: 'asus',
    travelmate: 'acer',
    veriton: 'acer',
    playstation: 'sony',
    xperia: 'sony',
    kindle: 'amazon',
    fairphone: 'fairphone',
  }),
);

/** The maker named by the title's first word when it is a single maker's product line or code, else null. */
export function makerOfLine(title: string): string | null {
  const first = normalizeText(title).split(' ')[0] ?? '';
  // Dell's monitor codes are its own scheme too: a title that opens with one ("P2422H") is Dell's.
  return LINE_MAKERS.get(first) ?? (isDellMonitorCode(first) ? 'dell' : null);
}
