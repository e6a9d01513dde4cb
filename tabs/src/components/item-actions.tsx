/**
 * What other capabilities offer on an item's page (a news item, a poll, a survey, a quiz): each
 * capability's optional ItemActions, in the list's order. The page that shows the item names it;
 * it never names the capabilities that act on it.
 */
import { Suspense } from 'react';
import { capabilities } from '../capabilities.js';
import type { ItemActionsProps } from '../capability.js';

export function ItemActions(props: ItemActionsProps) {
  // a capability's actions may be a lazy chunk: nothing shows until it is loaded
  return (
    <Suspense fallback={null}>
      {capabilities.map(({ name, ItemActions: Actions }) =>
        Actions ? <Actions key={name} {...props} /> : null,
      )}
    </Suspense>
  );
}
