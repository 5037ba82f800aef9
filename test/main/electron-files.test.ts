import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FileOpenRouter, projectFromArgv } from '../../main/electron/file-open-router.ts';
import { RECENT_LIMIT, addRecent, formatRecent, parseRecent, removeRecent } from '../../main/electron/recent-documents.ts';

const cwd = resolve('/home/eng/projects');
const isAbsolute = (p: string) => p.startsWith('/');

describe('the project a command line asks for', () => {
  it('is the file the OS passes for the association (Windows and Linux), taken from the launch folder', () => {
    expect(projectFromArgv(['/opt/Powerhall/powerhall', 'site.powerhall'], cwd)).toBe(join(cwd, 'site.powerhall'));
    expect(projectFromArgv(['C:\\Powerhall.exe', '--allow-file-access', '/abs/Site.POWERHALL'], cwd)).toBe('/abs/Site.POWERHALL');
    expect(projectFromArgv(['electron', '/repo', '--project', 'x.powerhall'], cwd)).toBe(join(cwd, 'x.powerhall'));
  });

  it('is none for a plain start or other arguments', () => {
    expect(projectFromArgv(['/opt/Powerhall/powerhall'], cwd)).toBeUndefined();
    expect(projectFromArgv(['electron', '/repo', '--inspect', 'notes.txt'], cwd)).toBeUndefined();
    expect(projectFromArgv(['/opt/Powerhall/powerhall', '--x.powerhall'], cwd)).toBeUndefined();
  });
});

describe('file-open routing', () => {
  const target = () => ({ open: vi.fn(), focus: vi.fn() });

  it('holds macOS open-file requests made before ready; the latest is the first project, over the command line', () => {
    const router = new FileOpenRouter();
    router.openFile('/a.powerhall');
    router.openFile('/b.powerhall');
    const t = target();
    expect(router.ready(t, ['app', '/argv.powerhall'], cwd)).toBe('/b.powerhall');
    expect(t.open).not.toHaveBeenCalled();
    router.openFile('/c.powerhall');
    expect(t.open).toHaveBeenCalledExactlyOnceWith('/c.powerhall');
  });

  it('without early requests, opens what the command line names, or nothing (the sample) when it names none', () => {
    expect(new FileOpenRouter().ready(target(), ['app', 'site.powerhall'], cwd)).toBe(join(cwd, 'site.powerhall'));
    expect(new FileOpenRouter().ready(target(), ['app'], cwd)).toBeUndefined();
  });

  it("opens a second launch's file from that launch's folder, or brings the window forward when it has none", () => {
    const router = new FileOpenRouter();
    const t = target();
    router.ready(t, ['app'], cwd);
    router.secondInstance(['app', 'other.powerhall'], '/elsewhere');
    expect(t.open).toHaveBeenCalledExactlyOnceWith(resolve('/elsewhere', 'other.powerhall'));
    router.secondInstance(['app'], '/elsewhere');
    expect(t.focus).toHaveBeenCalledOnce();
    expect(t.open).toHaveBeenCalledOnce();
  });

  it('holds a second launch that comes before ready like any early request', () => {
    const router = new FileOpenRouter();
    router.secondInstance(['app', 'early.powerhall'], cwd);
    expect(router.ready(target(), ['app'], cwd)).toBe(join(cwd, 'early.powerhall'));
  });
});

describe('recent projects', () => {
  it('puts the latest first, each project once, at most the limit', () => {
    let list: string[] = [];
    for (let i = 0; i < RECENT_LIMIT + 3; i += 1) list = addRecent(list, `/p/${i}.powerhall`);
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]).toBe(`/p/${RECENT_LIMIT + 2}.powerhall`);
    list = addRecent(list, '/p/5.powerhall');
    expect(list[0]).toBe('/p/5.powerhall');
    expect(list.filter((p) => p === '/p/5.powerhall')).toHaveLength(1);
    expect(removeRecent(list, '/p/5.powerhall')).not.toContain('/p/5.powerhall');
  });

  it('round-trips through its file and survives a damaged or foreign one', () => {
    const list = ['/p/b.powerhall', '/p/a.powerhall'];
    expect(parseRecent(formatRecent(list), isAbsolute)).toEqual(list);
    expect(parseRecent(undefined, isAbsolute)).toEqual([]);
    expect(parseRecent('{not json', isAbsolute)).toEqual([]);
    expect(parseRecent('null', isAbsolute)).toEqual([]);
    expect(parseRecent('{"recent": "x"}', isAbsolute)).toEqual([]);
    const dirty = JSON.stringify({ recent: ['/p/a.powerhall', 'relative.powerhall', '/etc/passwd', 7, '/p/a.powerhall'] });
    expect(parseRecent(dirty, isAbsolute)).toEqual(['/p/a.powerhall']);
  });
});
