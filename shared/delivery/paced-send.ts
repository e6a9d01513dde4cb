/**
 * Single paced messages for features that send one card at a time (a tour step, a poll posted in
 * a channel, a reminder): take a slot from the tenant/workspace budget, call the platform's
 * messenger, and on a 429 pause the budget for Retry-After before rethrowing the DeliveryError
 * (the caller's job decides when to retry, e.g. with RetryLaterError(error.retryAfterMs)).
 * The caller's own work before the platform call (the delivery worker claims its row) runs as
 * soon as the slot is granted; the messenger call then waits for the slot to begin and confirms
 * it right before the platform call: a slot gone late or void meanwhile is replaced.
 */
import type { Card } from '../cards/model.js';
import { AppError, DeliveryError } from '../errors/errors.js';
import type {
  MessageTarget,
  Messenger,
  PlatformName,
  SendOptions,
  SentMessage,
} from '../messaging/messenger.js';
import type { DeliveryPorts } from './delivery-service.js';
import type { Slot } from './pacer.js';

type PacedCore = Pick<DeliveryPorts, 'pacer' | 'messengers'>;

/** what a 429 without Retry-After pauses the budget for */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

export async function pacedSend(
  core: PacedCore,
  target: MessageTarget,
  card: Card,
  options: SendOptions,
): Promise<SentMessage> {
  const platform = target.kind === 'person' ? target.identity.platform : target.platform;
  const tenantId = target.kind === 'person' ? target.identity.tenantId : target.tenantId;
  return paced(core, platform, tenantId, (messenger) => messenger.send(target, card, options));
}

export async function pacedUpdate(
  core: PacedCore,
  message: SentMessage,
  card: Card,
  options: SendOptions,
): Promise<void> {
  await paced(core, message.platform, message.tenantId, (messenger) =>
    messenger.update(message, card, options),
  );
}

/** One platform call under the pacer; also used by the delivery workers. */
export async function paced<T>(
  core: PacedCore,
  platform: PlatformName,
  tenantId: string,
  call: (messenger: Messenger) => Promise<T>,
): Promise<T> {
  const messenger = core.messengers.get(platform);
  if (!messenger) throw new AppError('platform_unavailable', `no messenger for ${platform} is configured`);
  let slot: Slot | undefined = await core.pacer.acquire(platform, tenantId);
  // one slot per platform call; a slot that is late or void when the call comes is replaced
  const onSlot = async (): Promise<void> => {
    for (;;) {
      const mine: Slot = slot ?? (await core.pacer.acquire(platform, tenantId));
      slot = undefined;
      if (await core.pacer.confirm(mine)) return;
    }
  };
  try {
    const result = await call(confirming(messenger, onSlot));
    core.pacer.succeeded(platform, tenantId);
    return result;
  } catch (error) {
    if (error instanceof DeliveryError && error.kind === 'rate_limited') {
      await core.pacer.throttled(platform, tenantId, error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS);
    }
    throw error;
  }
}

/**
 * The messenger as `call` sees it: each platform call first waits for a confirmed slot, with
 * nothing awaited between the confirmation and the call.
 */
function confirming(messenger: Messenger, onSlot: () => Promise<void>): Messenger {
  const { delete: remove, publishHome } = messenger;
  return {
    platform: messenger.platform,
    send: async (target, card, options) => {
      await onSlot();
      return messenger.send(target, card, options);
    },
    update: async (message, card, options) => {
      await onSlot();
      return messenger.update(message, card, options);
    },
    ...(remove && {
      delete: async (message: SentMessage) => {
        await onSlot();
        return remove.call(messenger, message);
      },
    }),
    ...(publishHome && {
      publishHome: async (...args: Parameters<typeof publishHome>) => {
        await onSlot();
        return publishHome.apply(messenger, args);
      },
    }),
  };
}
