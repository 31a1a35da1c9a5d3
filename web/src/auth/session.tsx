import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { apiGet, apiSend, setCsrfToken } from '../api/client.ts';
import type { SessionAnswer, User } from '../api/types.ts';

// Who is signed in. The session itself is an httpOnly cookie the page cannot read; the server tells the
// page the user and the CSRF token (GET /api/auth/session), and every write sends that token back.

export interface Session {
  /** undefined while the first answer is awaited; null when nobody is signed in. */
  readonly user: User | null | undefined;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const accept = useCallback((answer: SessionAnswer) => {
    setCsrfToken(answer.csrfToken ?? null);
    setUser(answer.user);
  }, []);
  const refresh = useCallback(async () => {
    try {
      accept(await apiGet<SessionAnswer>('/api/auth/session'));
    } catch {
      accept({ user: null });
    }
  }, [accept]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo<Session>(
    () => ({
      user,
      refresh,
      login: async (username, password) => {
        const answer = await apiSend<{ user: User; csrfToken: string }>('POST', '/api/auth/login', {
          username,
          password,
        });
        accept(answer);
        return answer.user;
      },
      logout: async () => {
        try {
          await apiSend<null>('POST', '/api/auth/logout', null);
        } finally {
          accept({ user: null });
        }
      },
    }),
    [user, refresh, accept],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** What a user's roles let the navigation show (the server decides for real on every request). */
export function can(user: User | null | undefined, what: 'submit' | 'review' | 'see_sites'): boolean {
  if (!user) return false;
  const roles = new Set(user.roles);
  if (roles.has('admin')) return true;
  switch (what) {
    case 'submit':
      return roles.has('operator') || roles.has('provincial_officer') || roles.has('national_planner');
    case 'review':
      return roles.has('provincial_officer') || roles.has('national_planner');
    case 'see_sites':
      return roles.has('operator') || roles.has('provincial_officer') || roles.has('national_planner');
  }
}
