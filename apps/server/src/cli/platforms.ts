import { parseArgs } from 'node:util';
import { Account, ConfigError, createLogger, createStorageAndServices, loadConfig } from '@lti-rooms/server-app';

const USAGE = `Usage: npm run platforms -- <command> [options]

  list                                  list registered platforms
  add --issuer URL --client-id ID --auth-endpoint URL --token-endpoint URL --jwks-uri URL
      --deployment-id ID [--deployment-id ID ...] [--name NAME] [--activate]
                                        register a platform by hand (inactive unless --activate)
  add-deployment <account-id> --deployment-id ID
  activate <account-id>                 allow launches from the platform
  deactivate <account-id>               refuse launches from the platform
  remove <account-id>                   delete the platform and all its data`;

function describe(account: Account): string {
  return [
    `${account.id}  ${account.active ? 'ACTIVE  ' : 'inactive'}  ${account.name}`,
    `    issuer: ${account.issuer}   client id: ${account.clientId}   registered: ${account.registrationMethod} ${account.createdAt.toISOString()}`,
    `    deployments: ${account.deploymentIds.join(', ') || '(none)'}`,
    `    auth: ${account.authEndpoint}   token: ${account.tokenEndpoint}   jwks: ${account.jwksUri}`,
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

async function run(argv: string[]): Promise<void> {
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
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const { db, accounts, registration } = await createStorageAndServices(config, createLogger('warn'));
  try {
    const byId = async () => {
      if (!id) throw new UsageError(`${command} needs an account id (see \`list\`)`);
      const account = await accounts.findById(id);
      if (!account) throw new UsageError(`No platform with id ${id}`);
      return account;
    };
    switch (command) {
      case 'list': {
        const all = await accounts.list();
        console.log(all.length ? all.map(describe).join('\n') : 'No platforms registered.');
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
        }, 'manual', values.activate === true || config.LTI_AUTO_ACTIVATE);
        console.log(`Registered:\n${describe(account)}`);
        break;
      }
      case 'add-deployment': {
        const account = await byId();
        await accounts.addDeployment(account.id, required(values, 'deployment-id') as string);
        console.log(describe((await accounts.findById(account.id))!));
        break;
      }
      case 'activate':
      case 'deactivate': {
        const account = await byId();
        await registration.setActive(account, command === 'activate');
        console.log(describe((await accounts.findById(account.id))!));
        break;
      }
      case 'remove': {
        const account = await byId();
        await accounts.remove(account.id);
        await registration.forget(account);
        console.log(`Removed ${account.issuer} (${account.clientId}).`);
        break;
      }
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } finally {
    await db.close();
  }
}

run(process.argv.slice(2)).catch((error: Error) => {
  if (error instanceof UsageError || error instanceof ConfigError || error.name === 'TypeError') {
    console.error(`Error: ${error.message}`);
    process.exit(2);
  }
  console.error(`Error: ${error.message}`);
  process.exit(1);
});
