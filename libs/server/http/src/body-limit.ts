/** The largest request body the tool reads (the API's JSON); anything larger is refused unread. */
export const MAX_BODY_BYTES = 256 * 1024;
