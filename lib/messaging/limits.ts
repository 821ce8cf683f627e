/** Protocol limits shared by senders and the receiver's schema (kept apart so senders don't import Zod). */
export const MAX_BATCH = 200;
/** A recorded purchase: at most this many units, at most this price per unit (any currency). */
export const MAX_RECORD_QUANTITY = 100;
export const MAX_RECORD_PRICE = 10_000_000;
/** The background's answer on a built-in shop while the user turned built-in shops off: the content script stops quietly. */
export const BUILT_IN_SHOPS_OFF = 'built-in shops are turned off in the options';
