/** A neutral card as a Teams message: one Adaptive Card attachment plus a notification summary. */
import { type Activity, CardFactory, MessageFactory } from 'botbuilder';
import type { Card } from '../../../shared/cards/model.js';
import { renderAdaptiveCard } from '../cards/render-adaptive-card.js';

export function cardActivity(card: Card, text?: string): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderAdaptiveCard(card)), text);
  // Teams shows `summary` in notifications and the chat list instead of "sent a card".
  activity.summary = card.summary;
  return activity;
}
