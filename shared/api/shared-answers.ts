/**
 * Answer schemas several capabilities' routes share, each tied to the type the core hands out
 * (`satisfies`), so the document follows the code: a message posted for the caller, and the
 * progress of a delivery to an audience.
 */
import { z } from 'zod';
import { type DeliveryProgress, deliveryStatuses } from '../delivery/delivery.js';
import type { SentMessage } from '../messaging/messenger.js';

export const sentMessageAnswer = z.object({
  platform: z.enum(['teams', 'slack']),
  tenantId: z.string(),
  conversationId: z.string(),
  messageId: z.string(),
}) satisfies z.ZodType<SentMessage>;

export const deliveryProgressAnswer = z.object({
  total: z.number(),
  byStatus: z.record(z.enum(deliveryStatuses), z.number()),
  done: z.boolean(),
  sentPerSecond: z.number(),
  etaSeconds: z.number().nullable(),
}) satisfies z.ZodType<DeliveryProgress>;
