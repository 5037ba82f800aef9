// A CLI run parses each input once. On an object schema's first parse zod compiles a parser for it (new Function),
// which pays off only over many parses of the same schema; the bundled commands import this module before any
// schema is built, so zod interprets its schemas instead (the same checks and messages, less start-up work).
import { z } from 'zod';

z.config({ jitless: true });
