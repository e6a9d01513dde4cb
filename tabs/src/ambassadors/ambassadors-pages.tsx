/** The ambassadors capability's pages: the console (`#/ambassadors`) and "my ambassador page" (`#/ambassadors/me`). */
import type { CapabilityPageProps } from '../capability.js';
import { AmbassadorsPage } from './ambassadors-page.js';
import { MyAmbassadorPage } from './my-ambassador-page.js';

export function AmbassadorsPages(props: CapabilityPageProps) {
  return props.hash === '#/ambassadors/me' ? <MyAmbassadorPage {...props} /> : <AmbassadorsPage {...props} />;
}
