/** Protocol limits shared by senders and the receiver's schema (kept apart so senders don't import Zod). */
export const MAX_BATCH = 200;
