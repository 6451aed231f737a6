import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Operations sent, by name ("GetItem", "Query", "Scan", ...). */
export type CommandCounts = Record<string, number>;

/**
 * Counts every operation `client` sends from now on, by name, in the returned object (live: read
 * it whenever). Counted at the first middleware step, so a retried operation counts once.
 */
export function countCommands(client: DynamoDBClient): CommandCounts {
  const counts: CommandCounts = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = (context.commandName ?? 'unnamed').replace(/Command$/, '');
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  return counts;
}
