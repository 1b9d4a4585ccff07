import { describe, expect, test } from 'vitest';
import { publishingMode } from '../../../src/integrations/publishing-mode';

async function defineFor(command: string) {
  let define: Record<string, string> | undefined;
  const setup = publishingMode().hooks['astro:config:setup'] as (options: unknown) => void | Promise<void>;
  await setup({
    command,
    updateConfig: (config: { vite: { define: Record<string, string> } }) => (define = config.vite.define),
  });
  return define;
}

describe('publishingMode', () => {
  test('shows unpublished entries under astro dev only', async () => {
    expect(await defineFor('dev')).toMatchObject({ 'import.meta.env.SHOW_UNPUBLISHED': 'true' });
  });
  test('hides them from builds, whatever NODE_ENV says', async () => {
    expect(await defineFor('build')).toMatchObject({ 'import.meta.env.SHOW_UNPUBLISHED': 'false' });
    expect(await defineFor('preview')).toMatchObject({ 'import.meta.env.SHOW_UNPUBLISHED': 'false' });
  });
  test('tells the dev server from a build, whatever NODE_ENV says', async () => {
    expect(await defineFor('dev')).toMatchObject({ 'import.meta.env.DEV_SERVER': 'true' });
    expect(await defineFor('build')).toMatchObject({ 'import.meta.env.DEV_SERVER': 'false' });
  });
});
