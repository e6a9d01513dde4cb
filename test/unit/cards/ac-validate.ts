/**
 * Runs a card through the official `adaptivecards` SDK (imported through tsx: the package's CJS
 * build cannot be required by plain Node) and returns every parse and validation event, so a test
 * can demand none.
 */
import * as AC from 'adaptivecards';

export interface AcVerdict {
  events: string[];
  /** the SDK's own re-serialisation of what it understood */
  reserialised: Record<string, unknown>;
}

export function validateWithSdk(json: unknown): AcVerdict {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(JSON.parse(JSON.stringify(json)), context);
  const events: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) {
    const event = context.getEventAt(i);
    events.push(`parse ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    events.push(`validate ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  return { events, reserialised: card.toJSON(new AC.SerializationContext()) as Record<string, unknown> };
}
