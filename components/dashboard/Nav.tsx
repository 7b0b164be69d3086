export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

/** The dashboard's sections; the current one is marked for screen readers too. */
export function Nav({ items, label }: { items: NavItem[]; label: string }) {
  return (
    <nav className="nav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
