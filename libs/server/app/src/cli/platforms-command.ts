import { parseArgs } from 'node:util';
import { frameOriginOf, MAX_ADDED_FRAME_ORIGINS, pendingRegistrationExpiry } from '@lti-rooms/domain';
import { RegistrationError } from '@lti-rooms/server-lti';
import { type Account, FrameOriginRepository } from '@lti-rooms/server-persistence';
import { ConfigError, createLogger, loadConfig } from '@lti-rooms/server-core';
import { createStorageAndServices } from '../create-tool';

export interface CommandIo {
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: npm run platforms -- <command> [options]

  list                                  list registered platforms
  add --issuer URL --client-id ID --auth-endpoint URL --token-endpoint URL --jwks-uri URL
      --deployment-id ID [--deployment-id ID ...] [--name NAME] [--activate]
                                        register a platform by hand (inactive unless --activate)
  add-deployment <account-id> --deployment-id ID
  activate <account-id>                 allow launches from the platform (approves a pending registration)
  deactivate <account-id>               refuse launches from the platform
  remove <account-id>                   delete the platform and all its data
  add-origin <account-id> <origin>      allow the LMS to frame the tool from another origin (a vanity
                                        domain such as https://learn.example.edu), besides its login
                                        endpoint's and those its launches show
  remove-origin <account-id> <origin>   take an added or learned origin away`;

function describe(account: Account, origins: string[] = []): string {
  const pending = account.pendingSince ? `  (waiting for approval; removed ${pendingRegistrationExpiry(account.pendingSince).toISOString()} unless activated)` : '';
  return [
    `${account.id}  ${account.active ? 'ACTIVE  ' : 'inactive'}  ${account.name}${pending}`,
    `    issuer: ${account.issuer}   client id: ${account.clientId}   registered: ${account.registrationMethod} ${account.createdAt.toISOString()}`,
    `    deployments: ${account.deploymentIds.join(', ') || '(none)'}`,
    `    auth: ${account.authEndpoint}   token: ${account.tokenEndpoint}   jwks: ${account.jwksUri}`,
    `    frames the tool from: ${[frameOriginOf(account.authEndpoint) ?? '(login endpoint not usable)', ...origins].join(', ')}`,
  ].join('\n');
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  if (name.endsWith('endpoint') || name === 'issuer' || name === 'jwks-uri') {
    if (!/^https?:\/\/\S+$/.test(value)) throw new UsageError(`--${name} must be an http(s) URL`);
  }
  return value;
}

class UsageError extends Error {}

async function run(argv: string[], io: CommandIo): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      issuer: { type: 'string' }, 'client-id': { type: 'string' }, name: { type: 'string' },
      'auth-endpoint': { type: 'string' }, 'token-endpoint': { type: 'string' }, 'jwks-uri': { type: 'string' },
      'deployment-id': { type: 'string', multiple: true }, activate: { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
  const [command, id] = positionals;
  if (!command || values.help) {
    io.out(USAGE);
    return;
  }
  const config = loadConfig(io.env);
  const { db, accounts, registration } = await createStorageAndServices(config, createLogger('warn'));
  try {
    const frameOrigins = new FrameOriginRepository(db);
    const originsOf = async (account: Account) => (await frameOrigins.forAccount(account.id)).map((o) => `${o.origin} (${o.source})`);
    const originArgument = () => {
      const origin = frameOriginOf(positionals[2]);
      if (!origin) throw new UsageError(`${command} needs an origin such as https://learn.example.edu`);
      return origin;
    };
    const byId = async () => {
      if (!id) throw new UsageError(`${command} needs an account id (see \`list\`)`);
      const account = await accounts.findById(id);
      if (!account) throw new UsageError(`No platform with id ${id}`);
      return account;
    };
    switch (command) {
      case 'list': {
        const all = await accounts.list();
        const described = await Promise.all(all.map(async (account) => describe(account, await originsOf(account))));
        io.out(described.length ? described.join('\n') : 'No platforms registered.');
        break;
      }
      case 'add': {
        const deploymentIds = values['deployment-id'] ?? [];
        if (deploymentIds.length === 0) throw new UsageError('--deployment-id is required (at least one)');
        const issuer = required(values, 'issuer');
        const account = await registration.register({
          issuer, clientId: required(values, 'client-id'), name: values.name ?? new URL(issuer).host,
          authEndpoint: required(values, 'auth-endpoint'), tokenEndpoint: required(values, 'token-endpoint'),
          jwksUri: required(values, 'jwks-uri'), deploymentIds,
        }, 'manual', values.activate === true || config.LTI_AUTO_ACTIVATE).catch((error: unknown) => {
          if (error instanceof RegistrationError && error.code === 'ALREADY_REGISTERED') {
            throw new UsageError(`${error.publicMessage} Add deployments to it with \`add-deployment <account-id>\`.`);
          }
          throw error;
        });
        io.out(`Registered:\n${describe(account)}`);
        break;
      }
      case 'add-deployment': {
        const account = await byId();
        await accounts.addDeployment(account.id, required(values, 'deployment-id') as string);
        io.out(describe((await accounts.findById(account.id))!));
        break;
      }
      case 'activate':
      case 'deactivate': {
        const account = await byId();
        await registration.setActive(account, command === 'activate');
        io.out(describe((await accounts.findById(account.id))!));
        break;
      }
      case 'remove': {
        const account = await byId();
        await accounts.remove(account.id);
        await registration.forget(account);
        io.out(`Removed ${account.issuer} (${account.clientId}).`);
        break;
      }
      case 'add-origin': {
        const account = await byId();
        const origin = originArgument();
        // Every server process reads the origins from the database within seconds.
        const outcome = await frameOrigins.add(account.id, origin, 'operator', MAX_ADDED_FRAME_ORIGINS);
        if (outcome === 'full') throw new UsageError(`The platform has ${MAX_ADDED_FRAME_ORIGINS} added origins already; remove one first`);
        io.out(`${outcome === 'added' ? 'Added' : 'Already allowed:'} ${origin}\n${describe(account, await originsOf(account))}`);
        break;
      }
      case 'remove-origin': {
        const account = await byId();
        const origin = originArgument();
        if (!(await frameOrigins.remove(account.id, origin))) throw new UsageError(`${origin} is not an added or learned origin of this platform`);
        io.out(`Removed ${origin}\n${describe(account, await originsOf(account))}`);
        break;
      }
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } finally {
    await db.close();
  }
}

/** `npm run platforms -- …`: returns the exit code (0 ok, 2 usage or configuration error, 1 failure). */
export async function runPlatformsCommand(argv: string[], io: CommandIo): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    const e = error as Error;
    io.err(`Error: ${e.message}`);
    return error instanceof UsageError || error instanceof ConfigError || e.name === 'TypeError' ? 2 : 1;
  }
}
