/**
 * A request Bolt's listeners did not acknowledge within its 3 seconds (a loaded database holding
 * the dedupe claim, a slow auth.test) is answered as Bolt answers it, with a 404, but it goes on
 * running. Bolt's own handler leaves the response writable, so the listener's late `ack()` then
 * wrote a second answer onto it (ERR_HTTP_HEADERS_SENT), threw, and the click stopped there: a
 * vote acknowledged by nobody and counted nowhere, the voter told only "something went wrong".
 * Here the late ack writes nothing and the listener carries on: the vote counts and the voter
 * sees their own card (chat.postEphemeral), as with any click. Slack does not retry an
 * interactive payload; an Events API retry is dropped by the dedupe claim the first delivery
 * made.
 */
import type { ServerResponse } from 'node:http';
import type { Logger } from '../../../shared/logging/logger.js';

/** Bolt's ReceiverUnhandledRequestHandlerArgs: the request is not ours to read here */
interface UnhandledArgs {
  response: ServerResponse;
}

export function lateAckHandler(logger: Logger): (args: UnhandledArgs) => void {
  return ({ response }) => {
    logger.warn('Slack request not acknowledged within 3 s: answered 404, still handled');
    if (response.headersSent) return;
    response.writeHead(404);
    response.end();
    // the listener's ack() comes later and answers through these two: nothing more to send
    response.writeHead = () => response;
    response.end = () => response;
  };
}
