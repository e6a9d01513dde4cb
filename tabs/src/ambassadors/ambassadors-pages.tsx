/**
 * The ambassadors capability's pages: the console (`#/ambassadors`), a relay campaign
 * (`#/ambassadors/campaigns/<id>`) and "my ambassador page" (`#/ambassadors/me`).
 */
import type { CapabilityPageProps } from '../capability.js';
import { AmbassadorsPage } from './ambassadors-page.js';
import { MyAmbassadorPage } from './my-ambassador-page.js';
import { RelayCampaignPage } from './relay-campaign-page.js';

export function AmbassadorsPages(props: CapabilityPageProps) {
  if (props.hash === '#/ambassadors/me') return <MyAmbassadorPage {...props} />;
  const campaign = /^#\/ambassadors\/campaigns\/([^/?#]{1,100})$/.exec(props.hash);
  if (campaign)
    return <RelayCampaignPage key={campaign[1]} {...props} id={decodeURIComponent(campaign[1]!)} />;
  return <AmbassadorsPage {...props} />;
}
