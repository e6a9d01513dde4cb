/** Builds the DeliveryService over the core (store, jobs, pacer, messengers, people). */
import type { Core } from '../core.js';
import type { DeliveryService } from './delivery-service.js';

export function createDeliveryService(core: Core): DeliveryService {
  const notYet = async (): Promise<never> => {
    throw new Error('DeliveryService: not implemented yet');
  };
  void core;
  return {
    registerContent() {},
    broadcast: notYet,
    progress: notYet,
    cancel: notYet,
    refreshAll: notYet,
    list: notYet,
    findByMessage: notYet,
    findForPerson: notYet,
    markReadUpTo: notYet,
    subjectsForPerson: notYet,
    isAddressedTo: notYet,
  };
}
