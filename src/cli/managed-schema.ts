/** Prints the Chrome managed-storage schema: `npm run --silent managed-schema > public/managed_schema.json`. */
import { managedSchemaText } from '../settings/managed-schema.ts';

process.stdout.write(managedSchemaText());
