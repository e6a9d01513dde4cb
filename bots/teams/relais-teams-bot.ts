/**
 * The Teams bot: botbuilder's TeamsActivityHandler with Relais's listeners. Action.Execute
 * invokes are answered here rather than through botbuilder's onAdaptiveCardInvoke, whose error
 * path answers HTTP 400 (and crashes on a value without `action`).
 */
import { type InvokeResponse, TeamsActivityHandler, type TurnContext } from 'botbuilder';
import type { Core } from '../../shared/core.js';
import { adaptiveCardAction } from './listeners/actions/adaptive-card-action.js';
import { registerListeners } from './listeners/register-listeners.js';

export class RelaisTeamsBot extends TeamsActivityHandler {
  constructor(private readonly core: Core) {
    super();
    registerListeners(this, core);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action') {
      return { status: 200, body: await adaptiveCardAction(this.core, context) };
    }
    return super.onInvokeActivity(context);
  }
}
