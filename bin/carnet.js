#!/usr/bin/env node
// The `carnet` command. Carnet runs its TypeScript sources directly through tsx (no build step),
// so a clone works right after `npm ci`.
import { register } from "tsx/esm/api";

register();
await import("../server/cli.ts");
