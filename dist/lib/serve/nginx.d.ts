import { type HttpsListener } from './policy.js';
export interface NginxChoices {
    readonly dir: string;
    readonly http?: number;
    readonly https?: HttpsListener;
    readonly macField: string;
    readonly reportsPath: string;
    readonly allowPlain: boolean;
}
export declare function nginxConfig(choices: NginxChoices, manifest: string): string;
