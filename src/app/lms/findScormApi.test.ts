import { describe, expect, it } from 'vitest';
import { findScormApi, type ApiHost } from './findScormApi';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});

/** A chain of frames `depth` deep below a top window holding `top`; returns the innermost. */
function frames(depth: number, top: Partial<ApiHost> = {}): ApiHost {
  const root: { API?: unknown; parent?: ApiHost | null; opener?: ApiHost | null } = { ...top };
  root.parent = root;
  let inner: ApiHost = root;
  for (let i = 0; i < depth; i++) inner = { parent: inner };
  return inner;
}

describe('finding the SCORM 1.2 API', () => {
  it('finds it in the window itself and up to seven parents above', () => {
    const found = api();
    expect(findScormApi({ API: found })).toBe(found);
    expect(findScormApi(frames(7, { API: found }))).toBe(found);
  });

  it('stops looking after seven parents', () => {
    expect(findScormApi(frames(8, { API: api() }))).toBeNull();
  });

  it('looks up the chain of the window that opened this one', () => {
    const found = api();
    const opener = frames(2, { API: found });
    expect(findScormApi(frames(3, { opener }))).toBe(found);
  });

  it('passes over a frame of another origin, which throws when read', () => {
    const found = api();
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      get parent(): ApiHost {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findScormApi({ parent: foreign })).toBeNull();
    expect(findScormApi({ parent: foreign, opener: { API: found } })).toBe(found);
  });

  it('refuses an API that lacks any of SCORM 1.2’s functions', () => {
    const withoutCommit = { ...api(), LMSCommit: undefined };
    expect(findScormApi({ API: withoutCommit })).toBeNull();
    expect(findScormApi({ API: 'API' })).toBeNull();
    expect(findScormApi({ API: null })).toBeNull();
  });
});
