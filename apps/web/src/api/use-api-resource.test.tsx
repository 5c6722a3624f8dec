import '@testing-library/jest-dom/jest-globals';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { z } from 'zod';
import { LAUNCH_TOKEN_STORAGE_KEY } from '../boot/launch-token';
import { apiRequest } from './client';
import { queryClient } from './query-client';
import { useApiResource } from './use-api-resource';

const probeSchema = z.object({ value: z.string() });

function Probe() {
  const resource = useApiResource('/api/probe', probeSchema);
  return <p data-testid="probe">{resource.status === 'success' ? resource.data.value : resource.status === 'error' ? `error ${resource.error.code}` : 'loading'}</p>;
}

/** What the server answers, in order; jsdom has no fetch, so the page's calls land here. */
function answering(...answers: Array<{ status: number; body: unknown; headers?: Record<string, string> }>) {
  const calls: Array<{ path: string; method: string }> = [];
  const fetch = jest.fn(async (path: string, init: { method?: string }) => {
    calls.push({ path, method: init.method ?? 'GET' });
    const answer = answers.length > 1 ? answers.shift()! : answers[0];
    return { ok: answer.status < 300, status: answer.status, headers: { get: (name: string) => answer.headers?.[name] ?? null }, json: async () => answer.body };
  });
  Object.assign(globalThis, { fetch });
  return calls;
}

const renderProbe = () => render(<QueryClientProvider client={queryClient}><Probe /></QueryClientProvider>);

beforeEach(() => window.sessionStorage.setItem(LAUNCH_TOKEN_STORAGE_KEY, 'a-launch-token'));
afterEach(() => {
  queryClient.clear();
  Reflect.deleteProperty(globalThis, 'fetch');
});

describe('reads through the query cache', () => {
  it('asks again after the wait a 503 named, then shows the answer', async () => {
    const calls = answering(
      { status: 503, body: { error: { code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 1 } }, headers: { 'Retry-After': '1' } },
      { status: 200, body: { value: 'back' } },
    );
    renderProbe();
    expect(await screen.findByText('back', undefined, { timeout: 5_000 })).toBeVisible();
    expect(calls.map((c) => c.method)).toEqual(['GET', 'GET']);
  });

  it('does not ask again after a refusal that waiting cannot change', async () => {
    const calls = answering({ status: 403, body: { error: { code: 'FORBIDDEN', reason: 'NOT_AN_ADMINISTRATOR' } } });
    renderProbe();
    expect(await screen.findByText('error FORBIDDEN')).toBeVisible();
    expect(calls).toHaveLength(1);
  });

  it('asks again for what is on the page once a change was accepted', async () => {
    const calls = answering({ status: 200, body: { value: 'before' } });
    renderProbe();
    expect(await screen.findByText('before')).toBeVisible();

    answering({ status: 200, body: { value: 'after' } });
    await act(() => apiRequest('/api/probe', probeSchema, { method: 'PUT', body: {} }));
    expect(await screen.findByText('after')).toBeVisible();
    expect(calls.map((c) => c.method)).toEqual(['GET']);
  });
});
