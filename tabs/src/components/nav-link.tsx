/** One link of the bar above the capability pages: follows the hash without a reload, marks the current page. */
import { Link } from '@fluentui/react-components';

export function NavLink({
  hash,
  label,
  current,
  go,
}: {
  hash: string;
  label: string;
  current: boolean;
  go(hash: string): void;
}) {
  return (
    <Link
      href={hash}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        go(hash);
      }}
    >
      {label}
    </Link>
  );
}
