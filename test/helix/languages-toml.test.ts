// The README's Helix languages.toml block: valid TOML (parsed with smol-toml, which markdownlint-cli2
// already brings into node_modules), Team Charter beside the usual Markdown and YAML servers, and a
// `config` the server reads as settings. Helix itself is not run.
import * as assert from 'node:assert/strict';
import { parse } from 'smol-toml';
import { readSettings, settingsFromInitializationOptions } from '../../server/src/core/config/editorSettings';
import { readmeBlock } from '../helpers/readme';

interface Languages {
  'language-server': Record<string, { command: string; args?: string[]; config?: unknown }>;
  language: { name: string; 'language-servers': string[] }[];
}

describe("Helix with the README's languages.toml", () => {
  const toml = readmeBlock('test/helix: languages.toml', 'toml');
  const config = parse(toml) as unknown as Languages;

  it('defines the server by its installed command, over stdio', () => {
    const server = config['language-server']['team-charter'];
    assert.equal(server.command, 'team-charter-language-server');
    assert.deepEqual(server.args, ['--stdio']);
  });

  it('keeps marksman for Markdown and yaml-language-server for YAML, beside Team Charter', () => {
    const servers = (name: string) => config.language.find((language) => language.name === name)?.['language-servers'];
    assert.deepEqual(servers('markdown'), ['marksman', 'team-charter']);
    assert.deepEqual(servers('yaml'), ['yaml-language-server', 'team-charter']);
  });

  it('has a config that the server reads as its settings (Helix sends it as initializationOptions)', () => {
    const options = config['language-server']['team-charter'].config;
    assert.deepEqual(readSettings(settingsFromInitializationOptions(options)).rules, { 'role-unused': 'off' });
  });
});
