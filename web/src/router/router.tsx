import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useState,
} from 'react';

// A small History-API router: the server answers index.html for every app path (src/http/static-files.ts),
// so links are real URLs that can be bookmarked, shared and reloaded.

export interface Location {
  readonly path: string;
  readonly search: URLSearchParams;
}

const read = (): Location => ({
  path: window.location.pathname,
  search: new URLSearchParams(window.location.search),
});

const LocationContext = createContext<Location>({ path: '/', search: new URLSearchParams() });
const NAVIGATE_EVENT = 'hatang:navigate';

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<Location>(read);
  useEffect(() => {
    const update = () => {
      setLocation(read());
    };
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);
  return <LocationContext.Provider value={location}>{children}</LocationContext.Provider>;
}

export function useLocation(): Location {
  return useContext(LocationContext);
}

/** Replaces one query parameter (null removes it) without a new history entry: filters and selectors. */
export function setSearchParam(name: string, value: string | null): void {
  const search = new URLSearchParams(window.location.search);
  if (value === null || value === '') search.delete(name);
  else search.set(name, value);
  const query = search.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace: true });
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An <a href> that navigates in the page on a plain left click and behaves as a link otherwise. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
    window.scrollTo(0, 0);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
