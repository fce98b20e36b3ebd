// Types for chromium.mjs, which stays JavaScript so the bench (plain node) can import it too.
export declare const chromePath: string;
export declare const testChromePath: string;
export declare const chromeFlags: string[];
