/**
 * GENERATED FILE — do not edit. The types of the Relais REST API (/api/v1), made by
 * openapi-typescript from the server's OpenAPI document. Regenerate with `npm run api:client`.
 */
export interface paths {
    "/ambassadors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster of ambassadors (communicators and admins) */
        get: {
            parameters: {
                query?: {
                    status?: "nominated" | "active" | "paused" | "stepped_down" | "refused";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ambassadors: {
                                approvedBy: string | null;
                                createdAt: string;
                                department: string | null;
                                displayName: string;
                                email: string | null;
                                leaderboardOptOut: boolean;
                                nominatedBy: string | null;
                                personId: string;
                                scope: {
                                    departments: string[];
                                    groups: string[];
                                    sites: string[];
                                };
                                site: string | null;
                                /** @enum {string} */
                                source: "console" | "import" | "self" | "proposed";
                                sponsors: string[];
                                /** @enum {string} */
                                status: "nominated" | "active" | "paused" | "stepped_down" | "refused";
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Name an ambassador: scope of departments and sites, or guest groups they are in (default: their department and site; a guest: their groups) and sponsors (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departments?: string[];
                        groups?: string[];
                        personId: string;
                        sites?: string[];
                        /** @default [] */
                        sponsors?: string[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            createdAt: string;
                            department: string | null;
                            displayName: string;
                            email: string | null;
                            leaderboardOptOut: boolean;
                            nominatedBy: string | null;
                            personId: string;
                            scope: {
                                departments: string[];
                                groups: string[];
                                sites: string[];
                            };
                            site: string | null;
                            /** @enum {string} */
                            source: "console" | "import" | "self" | "proposed";
                            sponsors: string[];
                            /** @enum {string} */
                            status: "nominated" | "active" | "paused" | "stepped_down" | "refused";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ambassadors/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change scope or sponsors (admins); pause, resume, step down or leave the leaderboard (admins or the ambassador) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departments?: string[];
                        groups?: string[];
                        leaderboardOptOut?: boolean;
                        sites?: string[];
                        sponsors?: string[];
                        /** @enum {string} */
                        status?: "active" | "paused" | "stepped_down";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            createdAt: string;
                            department: string | null;
                            displayName: string;
                            email: string | null;
                            leaderboardOptOut: boolean;
                            nominatedBy: string | null;
                            personId: string;
                            scope: {
                                departments: string[];
                                groups: string[];
                                sites: string[];
                            };
                            site: string | null;
                            /** @enum {string} */
                            source: "console" | "import" | "self" | "proposed";
                            sponsors: string[];
                            /** @enum {string} */
                            status: "nominated" | "active" | "paused" | "stepped_down" | "refused";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/ambassadors/{personId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a nomination (admins); an already decided one is left as it is */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            createdAt: string;
                            department: string | null;
                            displayName: string;
                            email: string | null;
                            leaderboardOptOut: boolean;
                            nominatedBy: string | null;
                            personId: string;
                            scope: {
                                departments: string[];
                                groups: string[];
                                sites: string[];
                            };
                            site: string | null;
                            /** @enum {string} */
                            source: "console" | "import" | "self" | "proposed";
                            sponsors: string[];
                            /** @enum {string} */
                            status: "nominated" | "active" | "paused" | "stepped_down" | "refused";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ambassadors/{personId}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An ambassador's figures, all time or for a month: relays, reach of relays, colleagues helped, colleagues back within 7 days of a nudge (the ambassador, communicators, admins) */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ambassador: {
                                approvedBy: string | null;
                                createdAt: string;
                                department: string | null;
                                displayName: string;
                                email: string | null;
                                leaderboardOptOut: boolean;
                                nominatedBy: string | null;
                                personId: string;
                                scope: {
                                    departments: string[];
                                    groups: string[];
                                    sites: string[];
                                };
                                site: string | null;
                                /** @enum {string} */
                                source: "console" | "import" | "self" | "proposed";
                                sponsors: string[];
                                /** @enum {string} */
                                status: "nominated" | "active" | "paused" | "stepped_down" | "refused";
                                updatedAt: string;
                            };
                            figures: {
                                acknowledged: number;
                                answered: number;
                                channelRelays: number;
                                engaged: number;
                                helped: number;
                                reach: number;
                                reachUnknown: number;
                                relays: number;
                                returned: number;
                                voted: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ambassadors/{personId}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a nomination (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            createdAt: string;
                            department: string | null;
                            displayName: string;
                            email: string | null;
                            leaderboardOptOut: boolean;
                            nominatedBy: string | null;
                            personId: string;
                            scope: {
                                departments: string[];
                                groups: string[];
                                sites: string[];
                            };
                            site: string | null;
                            /** @enum {string} */
                            source: "console" | "import" | "self" | "proposed";
                            sponsors: string[];
                            /** @enum {string} */
                            status: "nominated" | "active" | "paused" | "stepped_down" | "refused";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ambassadors/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Colleagues assigned to ambassadors for a week (communicators and admins) */
        get: {
            parameters: {
                query: {
                    week: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: {
                                ambassadorId: string;
                                displayName: string;
                                personId: string;
                                /** @enum {string} */
                                reason: "tour" | "unacknowledged" | "inactive";
                                /** @enum {string} */
                                state: "listed" | "helping" | "done";
                                week: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ambassadors/digests/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue this week's digest of every active ambassador now (once per ambassador and week; admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queued: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ambassadors/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Name the ambassadors of a roster import: per row an email and optionally the departments, sites and guest groups (by id or name) covered (else their own); each row says whether it was named, or why not (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rows: {
                            departments?: string[];
                            email: string;
                            groups?: string[];
                            sites?: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                email: string;
                                message: string | null;
                                /** @enum {string} */
                                outcome: "named" | "unknown" | "refused";
                                personId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ambassadors/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ambassadors of a department or site ranked by relays, colleagues helped and colleagues back; without those who left the leaderboard (communicators, admins, ambassadors) */
        get: {
            parameters: {
                query?: {
                    department?: string;
                    month?: string;
                    site?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                acknowledged: number;
                                answered: number;
                                channelRelays: number;
                                displayName: string;
                                engaged: number;
                                helped: number;
                                personId: string;
                                rank: number;
                                reach: number;
                                reachUnknown: number;
                                relays: number;
                                returned: number;
                                voted: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ambassadors/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ambassadors of my department and site, and of my guest groups (a guest: of their groups only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ambassadors: {
                                approvedBy: string | null;
                                createdAt: string;
                                department: string | null;
                                displayName: string;
                                email: string | null;
                                leaderboardOptOut: boolean;
                                nominatedBy: string | null;
                                personId: string;
                                scope: {
                                    departments: string[];
                                    groups: string[];
                                    sites: string[];
                                };
                                site: string | null;
                                /** @enum {string} */
                                source: "console" | "import" | "self" | "proposed";
                                sponsors: string[];
                                /** @enum {string} */
                                status: "nominated" | "active" | "paused" | "stepped_down" | "refused";
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ambassadors/thanks/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue every active ambassador's thank-you card now, for last month or this month so far (once per ambassador and month; admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default last
                         * @enum {string}
                         */
                        month?: "last" | "this";
                    };
                };
            };
            responses: {
                /** @description OK */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queued: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audiences/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many people an audience reaches: on Teams, on Slack, and unreachable with why (refuses an ambiguous or unknown audience) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        channels?: {
                            conversationId: string;
                            name?: string;
                            /** @enum {string} */
                            platform: "teams" | "slack";
                            tenantId: string;
                        }[];
                        /** @default [] */
                        departments?: string[];
                        /** @default false */
                        everyone?: boolean;
                        /** @default [] */
                        groups?: string[];
                        /** @default false */
                        includeGuests?: boolean;
                        /** @default [] */
                        people?: string[];
                        /** @default [] */
                        roles?: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                        /** @default [] */
                        sites?: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: number;
                            people: number;
                            reasons: {
                                no_chat_account: number;
                                platform_not_configured: number;
                            };
                            slack: number;
                            teams: number;
                            unreachable: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audiences/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments, sites, roles and groups an audience may name, with their active members (a scoped communicator sees their scope, a group manager their groups) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departments: {
                                count: number;
                                name: string;
                            }[];
                            everyone: number | null;
                            groups: {
                                count: number;
                                id: string;
                                nameEn: string | null;
                                nameFr: string | null;
                            }[];
                            roles: {
                                count: number;
                                /** @enum {string} */
                                role: "admin" | "communicator" | "ambassador" | "group_manager";
                            }[];
                            sites: {
                                count: number;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channels and group chats the bot is in, newest activity first (communicators): where a poll can be posted */
        get: {
            parameters: {
                query?: {
                    platform?: "teams" | "slack";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversations: {
                                conversationId: string;
                                /** @enum {string} */
                                kind: "channel" | "group";
                                name: string | null;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                teamName: string | null;
                                tenantId: string;
                                updatedAt: string;
                            }[];
                            truncated: boolean;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts a directory sync did not merge: an address claimed twice, member here and guest there (admins) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts: {
                                detail: {
                                    [key: string]: unknown;
                                };
                                firstSeenAt: string;
                                kind: string;
                                lastSeenAt: string;
                                personId: string | null;
                                source: string;
                                subject: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The departments and sites people have, for the People page’s filters (communicators and admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departments: string[];
                            sites: string[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The directory for the People page: filtered by name or email, department, site, member or guest, reach and source, paged, with each one’s reach (communicators and admins) */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false";
                    department?: string;
                    kind?: "member" | "guest";
                    limit?: number;
                    offset?: number;
                    q?: string;
                    reach?: "teams" | "slack" | "both" | "none";
                    site?: string;
                    source?: "hr" | "entra" | "slack";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                active: boolean;
                                department: string | null;
                                displayName: string;
                                email: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "member" | "guest";
                                reach: {
                                    slack: boolean;
                                    teams: boolean;
                                };
                                site: string | null;
                                sources: string[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone active: how many people can be reached on Teams, on Slack, on neither, and the reasons why not (communicators and admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            neither: number;
                            people: number;
                            platforms: {
                                pending: number;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                reachable: number;
                                reasons: {
                                    [key: string]: number;
                                };
                                unreachable: number;
                            }[];
                            reachable: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest directory runs, newest first, with their counts and progress (admins) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runs: {
                                conflicts: number;
                                created: number;
                                deactivated: number;
                                durationMs: number | null;
                                errors: string[];
                                finishedAt: string | null;
                                id: string;
                                pages: number;
                                seen: number;
                                skipped: number;
                                skippedReasons: {
                                    [key: string]: number;
                                };
                                sources: string[];
                                startedAt: string;
                                /** @enum {string} */
                                status: "running" | "succeeded" | "failed";
                                trigger: string;
                                updated: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a directory sync now (admins); answers 202 with the run, followed in GET /directory/runs */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts: number;
                            created: number;
                            deactivated: number;
                            durationMs: number | null;
                            errors: string[];
                            finishedAt: string | null;
                            id: string;
                            pages: number;
                            seen: number;
                            skipped: number;
                            skippedReasons: {
                                [key: string]: number;
                            };
                            sources: string[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "running" | "succeeded" | "failed";
                            trigger: string;
                            updated: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups: every group for admins, the groups they manage for managers, none for anyone else */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                group: {
                                    allowedDomains: string[];
                                    archivedAt: string | null;
                                    blockedDomains: string[];
                                    charterDeadlineDays: number;
                                    createdAt: string;
                                    createdBy: string | null;
                                    descriptionEn: string | null;
                                    descriptionFr: string | null;
                                    guestExpiryDays: number;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "partners" | "providers" | "clients" | "project";
                                    nameEn: string | null;
                                    nameFr: string | null;
                                    reviewPeriodDays: number;
                                    space: {
                                        slackChannelId: string | null;
                                        slackTeamId: string | null;
                                        teamsChannelId: string | null;
                                        /** @description the Teams team: either its Microsoft Entra group id (a GUID) or its Bot Framework id (19:…@thread…, its general channel’s id); Relais learns the other one from any channel of the team it is in (invitations need the Entra id, posting into the team the 19: id) */
                                        teamsTeamId: string | null;
                                        teamsTenantId: string | null;
                                    };
                                };
                                guests: number;
                                members: number;
                                myRight: ("member" | "contributor" | "manager") | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Create a group and name its managers (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowedDomains?: string[];
                        blockedDomains?: string[];
                        charterDeadlineDays?: number;
                        descriptionEn?: string | null;
                        descriptionFr?: string | null;
                        guestExpiryDays?: number;
                        /** @enum {string} */
                        kind: "partners" | "providers" | "clients" | "project";
                        /** @default [] */
                        managers?: string[];
                        nameEn?: string | null;
                        nameFr?: string | null;
                        reviewPeriodDays?: number;
                        space?: {
                            slackChannelId?: string | null;
                            slackTeamId?: string | null;
                            teamsChannelId?: string | null;
                            /** @description the Teams team: either its Microsoft Entra group id (a GUID) or its Bot Framework id (19:…@thread…, its general channel’s id); Relais learns the other one from any channel of the team it is in (invitations need the Entra id, posting into the team the 19: id) */
                            teamsTeamId?: string | null;
                            teamsTenantId?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedDomains: string[];
                            archivedAt: string | null;
                            blockedDomains: string[];
                            charterDeadlineDays: number;
                            createdAt: string;
                            createdBy: string | null;
                            descriptionEn: string | null;
                            descriptionFr: string | null;
                            guestExpiryDays: number;
                            id: string;
                            /** @enum {string} */
                            kind: "partners" | "providers" | "clients" | "project";
                            nameEn: string | null;
                            nameFr: string | null;
                            reviewPeriodDays: number;
                            space: {
                                slackChannelId: string | null;
                                slackTeamId: string | null;
                                teamsChannelId: string | null;
                                /** @description the Teams team: either its Microsoft Entra group id (a GUID) or its Bot Framework id (19:…@thread…, its general channel’s id); Relais learns the other one from any channel of the team it is in (invitations need the Entra id, posting into the team the 19: id) */
                                teamsTeamId: string | null;
                                teamsTenantId: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group’s page: its settings, members and guests with their status, its charter (admins, its managers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            charter: {
                                accepted: number;
                                current: number | null;
                                guests: number;
                                rate: number | null;
                                versions: {
                                    acceptedBy: number;
                                    createdAt: string;
                                    createdBy: string | null;
                                    groupId: string;
                                    hash: string;
                                    textEn: string | null;
                                    textFr: string | null;
                                    version: number;
                                }[];
                            };
                            group: {
                                allowedDomains: string[];
                                archivedAt: string | null;
                                blockedDomains: string[];
                                charterDeadlineDays: number;
                                createdAt: string;
                                createdBy: string | null;
                                descriptionEn: string | null;
                                descriptionFr: string | null;
                                guestExpiryDays: number;
                                id: string;
                                /** @enum {string} */
                                kind: "partners" | "providers" | "clients" | "project";
                                nameEn: string | null;
                                nameFr: string | null;
                                reviewPeriodDays: number;
                                space: {
                                    slackChannelId: string | null;
                                    slackTeamId: string | null;
                                    teamsChannelId: string | null;
                                    /** @description the Teams team: either its Microsoft Entra group id (a GUID) or its Bot Framework id (19:…@thread…, its general channel’s id); Relais learns the other one from any channel of the team it is in (invitations need the Entra id, posting into the team the 19: id) */
                                    teamsTeamId: string | null;
                                    teamsTenantId: string | null;
                                };
                            };
                            members: {
                                acceptedVersion: number | null;
                                addedAt: string;
                                addedBy: string | null;
                                charterAccepted: boolean;
                                displayName: string;
                                email: string | null;
                                expiresAt: string | null;
                                joinedAt: string | null;
                                lastActiveAt: string | null;
                                personId: string;
                                /** @enum {string} */
                                personKind: "member" | "guest";
                                removedAt: string | null;
                                removedReason: string | null;
                                /** @enum {string} */
                                right: "member" | "contributor" | "manager";
                                /** @enum {string} */
                                status: "invited" | "joined" | "charter_accepted" | "active" | "expired" | "removed";
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a group’s names, kind, space or settings (admins) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowedDomains?: string[];
                        blockedDomains?: string[];
                        charterDeadlineDays?: number;
                        descriptionEn?: string | null;
                        descriptionFr?: string | null;
                        guestExpiryDays?: number;
                        /** @enum {string} */
                        kind?: "partners" | "providers" | "clients" | "project";
                        nameEn?: string | null;
                        nameFr?: string | null;
                        reviewPeriodDays?: number;
                        space?: {
                            slackChannelId?: string | null;
                            slackTeamId?: string | null;
                            teamsChannelId?: string | null;
                            /** @description the Teams team: either its Microsoft Entra group id (a GUID) or its Bot Framework id (19:…@thread…, its general channel’s id); Relais learns the other one from any channel of the team it is in (invitations need the Entra id, posting into the team the 19: id) */
                            teamsTeamId?: string | null;
                            teamsTenantId?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedDomains: string[];
                            archivedAt: string | null;
                            blockedDomains: string[];
                            charterDeadlineDays: number;
                            createdAt: string;
                            createdBy: string | null;
                            descriptionEn: string | null;
                            descriptionFr: string | null;
                            guestExpiryDays: number;
                            id: string;
                            /** @enum {string} */
                            kind: "partners" | "providers" | "clients" | "project";
                            nameEn: string | null;
                            nameFr: string | null;
                            reviewPeriodDays: number;
                            space: {
                                slackChannelId: string | null;
                                slackTeamId: string | null;
                                teamsChannelId: string | null;
                                /** @description the Teams team: either its Microsoft Entra group id (a GUID) or its Bot Framework id (19:…@thread…, its general channel’s id); Relais learns the other one from any channel of the team it is in (invitations need the Entra id, posting into the team the 19: id) */
                                teamsTeamId: string | null;
                                teamsTenantId: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/groups/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a group: it reaches nobody and leaves every list but the admins’ (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedDomains: string[];
                            archivedAt: string | null;
                            blockedDomains: string[];
                            charterDeadlineDays: number;
                            createdAt: string;
                            createdBy: string | null;
                            descriptionEn: string | null;
                            descriptionFr: string | null;
                            guestExpiryDays: number;
                            id: string;
                            /** @enum {string} */
                            kind: "partners" | "providers" | "clients" | "project";
                            nameEn: string | null;
                            nameFr: string | null;
                            reviewPeriodDays: number;
                            space: {
                                slackChannelId: string | null;
                                slackTeamId: string | null;
                                teamsChannelId: string | null;
                                /** @description the Teams team: either its Microsoft Entra group id (a GUID) or its Bot Framework id (19:…@thread…, its general channel’s id); Relais learns the other one from any channel of the team it is in (invitations need the Entra id, posting into the team the 19: id) */
                                teamsTeamId: string | null;
                                teamsTenantId: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group’s audit log, newest first (admins, its managers) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                actorId: string | null;
                                actorName: string | null;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                personId: string | null;
                                personName: string | null;
                                type: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group’s audit log as CSV (admins, its managers), its headers in the language asked for (the console’s), else the caller’s */
        get: {
            parameters: {
                query?: {
                    locale?: "fr" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/charter/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each member's charter status: who has a charter pending (managers and admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentVersion: number | null;
                            members: {
                                acceptedVersion: number | null;
                                displayName: string;
                                /** @enum {string} */
                                kind: "member" | "guest";
                                pending: boolean;
                                personId: string;
                            }[];
                            pendingCount: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/charters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The charter’s versions, how many accepted each, and the current version’s acceptance rate among guests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            current: number | null;
                            guests: number;
                            rate: number | null;
                            versions: {
                                acceptedBy: number;
                                createdAt: string;
                                createdBy: string | null;
                                groupId: string;
                                hash: string;
                                textEn: string | null;
                                textFr: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Add the next version of the group’s charter (fr/en); guests are asked to accept it again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        textEn?: string | null;
                        textFr?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdBy: string | null;
                            groupId: string;
                            hash: string;
                            textEn: string | null;
                            textFr: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group’s invitations with the platform’s last answer on each, and its waves */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invitations: {
                                address: string;
                                answer: {
                                    code: string | null;
                                    message: string | null;
                                };
                                attempts: number;
                                company: string | null;
                                createdAt: string;
                                createdBy: string | null;
                                displayName: string | null;
                                dueAt: string;
                                id: string;
                                invitedUserId: string | null;
                                joinedAt: string | null;
                                personId: string | null;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "sending" | "invited" | "joined" | "failed" | "refused" | "cancelled" | "removed";
                                waveId: string | null;
                            }[];
                            waves: {
                                createdBy: string | null;
                                dueAt: string;
                                id: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Invites addresses into the group, now or in waves ("50 today, the rest Monday 09:00"): each line judged on its own (an error per line, the rest proceeds); an address already on its way sends nothing new */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines?: {
                            address: string;
                            company?: string;
                            displayName?: string;
                        }[];
                        /** @enum {string} */
                        platform?: "teams" | "slack";
                        text?: string;
                        waves?: {
                            /** Format: date-time */
                            at?: string;
                            size?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: {
                                address: string;
                                code: string;
                                line: number;
                                message: string;
                            }[];
                            planned: number;
                            unchanged: {
                                address: string;
                                line: number;
                                /** @enum {string} */
                                status: "planned" | "sending" | "invited" | "joined" | "failed" | "refused" | "cancelled" | "removed";
                            }[];
                            waves: {
                                dueAt: string;
                                id: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/invitations/{invitationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancels an invitation not sent yet, or one that failed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            answer: {
                                code: string | null;
                                message: string | null;
                            };
                            attempts: number;
                            company: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            displayName: string | null;
                            dueAt: string;
                            id: string;
                            invitedUserId: string | null;
                            joinedAt: string | null;
                            personId: string | null;
                            /** @enum {string} */
                            platform: "teams" | "slack";
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "planned" | "sending" | "invited" | "joined" | "failed" | "refused" | "cancelled" | "removed";
                            waveId: string | null;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends an invitation again now (one that failed, or one the guest did not find) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            answer: {
                                code: string | null;
                                message: string | null;
                            };
                            attempts: number;
                            company: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            displayName: string | null;
                            dueAt: string;
                            id: string;
                            invitedUserId: string | null;
                            joinedAt: string | null;
                            personId: string | null;
                            /** @enum {string} */
                            platform: "teams" | "slack";
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "planned" | "sending" | "invited" | "joined" | "failed" | "refused" | "cancelled" | "removed";
                            waveId: string | null;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add someone of the directory to the group with a right (admins, its managers); a guest’s access expires after the group’s guest expiry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        person: string;
                        /**
                         * @default member
                         * @enum {string}
                         */
                        right?: "member" | "contributor" | "manager";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedVersion: number | null;
                            addedAt: string;
                            addedBy: string | null;
                            charterAccepted: boolean;
                            displayName: string;
                            email: string | null;
                            expiresAt: string | null;
                            joinedAt: string | null;
                            lastActiveAt: string | null;
                            personId: string;
                            /** @enum {string} */
                            personKind: "member" | "guest";
                            removedAt: string | null;
                            removedReason: string | null;
                            /** @enum {string} */
                            right: "member" | "contributor" | "manager";
                            /** @enum {string} */
                            status: "invited" | "joined" | "charter_accepted" | "active" | "expired" | "removed";
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member from the group (kept in its history); the last manager cannot be removed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done, no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/members/{personId}/right": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a member’s right: member, contributor (posts news and polls to the group), manager; the last manager stays */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        right: "member" | "contributor" | "manager";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedVersion: number | null;
                            addedAt: string;
                            addedBy: string | null;
                            charterAccepted: boolean;
                            displayName: string;
                            email: string | null;
                            expiresAt: string | null;
                            joinedAt: string | null;
                            lastActiveAt: string | null;
                            personId: string;
                            /** @enum {string} */
                            personKind: "member" | "guest";
                            removedAt: string | null;
                            removedReason: string | null;
                            /** @enum {string} */
                            right: "member" | "contributor" | "manager";
                            /** @enum {string} */
                            status: "invited" | "joined" | "charter_accepted" | "active" | "expired" | "removed";
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group’s portal in the reader’s language: welcome, pinned items, resources, its news, open polls, managers’ contacts (the group’s members, guests and admins; 404 for anyone else) */
        get: {
            parameters: {
                query?: {
                    locale?: "fr" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            contacts: {
                                chat: {
                                    slack: string | null;
                                    teams: string | null;
                                };
                                displayName: string;
                                email: string | null;
                                personId: string;
                            }[];
                            content: {
                                edited: boolean;
                                groupId: string;
                                pinnedNews: string[];
                                sections: {
                                    resources: {
                                        title: {
                                            en?: string;
                                            fr?: string;
                                        };
                                        url: string;
                                    }[];
                                    title: {
                                        en?: string;
                                        fr?: string;
                                    };
                                }[];
                                tourId: string | null;
                                tourSteps: unknown[];
                                updatedAt: string | null;
                                welcome: {
                                    en?: string;
                                    fr?: string;
                                };
                            } | null;
                            group: {
                                description: string;
                                id: string;
                                /** @enum {string} */
                                kind: "partners" | "providers" | "clients" | "project";
                                name: string;
                            };
                            news: {
                                id: string;
                                publishedAt: string | null;
                                strategic: boolean;
                                summary: string;
                                title: string;
                            }[];
                            pinned: {
                                id: string;
                                publishedAt: string | null;
                                strategic: boolean;
                                summary: string;
                                title: string;
                            }[];
                            polls: {
                                closesAt: string | null;
                                id: string;
                                question: string;
                            }[];
                            sections: {
                                resources: {
                                    title: string;
                                    url: string;
                                }[];
                                title: string;
                            }[];
                            tour: {
                                id: string;
                                steps: number;
                            } | null;
                            welcome: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        /** Replaces the group’s welcome content: welcome text, resource sections, pinned news (its managers and admins) */
        put: {
            parameters: {
                query?: {
                    locale?: "fr" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        pinnedNews?: string[];
                        /** @default [] */
                        sections?: {
                            /** @default [] */
                            resources?: {
                                title: {
                                    en?: string;
                                    fr?: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            title: {
                                en?: string;
                                fr?: string;
                            };
                        }[];
                        welcome: {
                            en?: string;
                            fr?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            contacts: {
                                chat: {
                                    slack: string | null;
                                    teams: string | null;
                                };
                                displayName: string;
                                email: string | null;
                                personId: string;
                            }[];
                            content: {
                                edited: boolean;
                                groupId: string;
                                pinnedNews: string[];
                                sections: {
                                    resources: {
                                        title: {
                                            en?: string;
                                            fr?: string;
                                        };
                                        url: string;
                                    }[];
                                    title: {
                                        en?: string;
                                        fr?: string;
                                    };
                                }[];
                                tourId: string | null;
                                tourSteps: unknown[];
                                updatedAt: string | null;
                                welcome: {
                                    en?: string;
                                    fr?: string;
                                };
                            } | null;
                            group: {
                                description: string;
                                id: string;
                                /** @enum {string} */
                                kind: "partners" | "providers" | "clients" | "project";
                                name: string;
                            };
                            news: {
                                id: string;
                                publishedAt: string | null;
                                strategic: boolean;
                                summary: string;
                                title: string;
                            }[];
                            pinned: {
                                id: string;
                                publishedAt: string | null;
                                strategic: boolean;
                                summary: string;
                                title: string;
                            }[];
                            polls: {
                                closesAt: string | null;
                                id: string;
                                question: string;
                            }[];
                            sections: {
                                resources: {
                                    title: string;
                                    url: string;
                                }[];
                                title: string;
                            }[];
                            tour: {
                                id: string;
                                steps: number;
                            } | null;
                            welcome: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/portal/tour": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Creates or replaces the group’s tour (its steps), started for each guest once they accepted the charter or joined (its managers and admins) */
        put: {
            parameters: {
                query?: {
                    locale?: "fr" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        steps: {
                            content: {
                                en?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    title: string;
                                };
                                fr?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    title: string;
                                };
                            };
                            key: string;
                            onlyAfter?: string;
                            schedule: string;
                            task?: {
                                label: {
                                    en?: string;
                                    fr?: string;
                                };
                                /** @default 3 */
                                maxReminders?: number;
                                remindEvery?: string;
                                /** @default 2 */
                                remindEveryWorkingDays?: number;
                            };
                            /** @default [] */
                            tutorialIds?: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            contacts: {
                                chat: {
                                    slack: string | null;
                                    teams: string | null;
                                };
                                displayName: string;
                                email: string | null;
                                personId: string;
                            }[];
                            content: {
                                edited: boolean;
                                groupId: string;
                                pinnedNews: string[];
                                sections: {
                                    resources: {
                                        title: {
                                            en?: string;
                                            fr?: string;
                                        };
                                        url: string;
                                    }[];
                                    title: {
                                        en?: string;
                                        fr?: string;
                                    };
                                }[];
                                tourId: string | null;
                                tourSteps: unknown[];
                                updatedAt: string | null;
                                welcome: {
                                    en?: string;
                                    fr?: string;
                                };
                            } | null;
                            group: {
                                description: string;
                                id: string;
                                /** @enum {string} */
                                kind: "partners" | "providers" | "clients" | "project";
                                name: string;
                            };
                            news: {
                                id: string;
                                publishedAt: string | null;
                                strategic: boolean;
                                summary: string;
                                title: string;
                            }[];
                            pinned: {
                                id: string;
                                publishedAt: string | null;
                                strategic: boolean;
                                summary: string;
                                title: string;
                            }[];
                            polls: {
                                closesAt: string | null;
                                id: string;
                                question: string;
                            }[];
                            sections: {
                                resources: {
                                    title: string;
                                    url: string;
                                }[];
                                title: string;
                            }[];
                            tour: {
                                id: string;
                                steps: number;
                            } | null;
                            welcome: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        /** Ends the group’s tour: no new guest starts it, running ones finish (its managers and admins) */
        delete: {
            parameters: {
                query?: {
                    locale?: "fr" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            contacts: {
                                chat: {
                                    slack: string | null;
                                    teams: string | null;
                                };
                                displayName: string;
                                email: string | null;
                                personId: string;
                            }[];
                            content: {
                                edited: boolean;
                                groupId: string;
                                pinnedNews: string[];
                                sections: {
                                    resources: {
                                        title: {
                                            en?: string;
                                            fr?: string;
                                        };
                                        url: string;
                                    }[];
                                    title: {
                                        en?: string;
                                        fr?: string;
                                    };
                                }[];
                                tourId: string | null;
                                tourSteps: unknown[];
                                updatedAt: string | null;
                                welcome: {
                                    en?: string;
                                    fr?: string;
                                };
                            } | null;
                            group: {
                                description: string;
                                id: string;
                                /** @enum {string} */
                                kind: "partners" | "providers" | "clients" | "project";
                                name: string;
                            };
                            news: {
                                id: string;
                                publishedAt: string | null;
                                strategic: boolean;
                                summary: string;
                                title: string;
                            }[];
                            pinned: {
                                id: string;
                                publishedAt: string | null;
                                strategic: boolean;
                                summary: string;
                                title: string;
                            }[];
                            polls: {
                                closesAt: string | null;
                                id: string;
                                question: string;
                            }[];
                            sections: {
                                resources: {
                                    title: string;
                                    url: string;
                                }[];
                                title: string;
                            }[];
                            tour: {
                                id: string;
                                steps: number;
                            } | null;
                            welcome: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/review-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group's access-review settings: unanswered action, reminder and due delays */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answerDays: number;
                            remindAfterDays: number;
                            /** @enum {string} */
                            unreviewedAction: "report" | "remove";
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the group's access-review settings (its managers and admins) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answerDays?: number;
                        remindAfterDays?: number;
                        /** @enum {string} */
                        unreviewedAction?: "report" | "remove";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answerDays: number;
                            remindAfterDays: number;
                            /** @enum {string} */
                            unreviewedAction: "report" | "remove";
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/groups/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group's access reviews and each guest's decision (managers and admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reviews: {
                                closedAt: string | null;
                                dueAt: string;
                                id: string;
                                items: {
                                    charterVersion: number | null;
                                    decidedBy: string | null;
                                    decision: string | null;
                                    personId: string;
                                }[];
                                outcome: string | null;
                                period: number;
                                remindedAt: string | null;
                                startedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/guests/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the guests sweep now (charter deadlines, reviews, expiry), optionally as of a time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            charterRemoved: number;
                            expired: number;
                            expiryWarned: number;
                            reviewsStarted: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s home: news awaiting approval, drafts, scheduled and recent sends with reach, open polls, tours with completion (sections the caller may not see are null) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            news: {
                                canApprove: boolean;
                                drafts: {
                                    id: string;
                                    publishAt: string | null;
                                    publishedAt: string | null;
                                    status: string;
                                    strategic: boolean;
                                    titles: {
                                        en?: string;
                                        fr?: string;
                                    };
                                    updatedAt: string;
                                }[];
                                recent: {
                                    id: string;
                                    publishAt: string | null;
                                    publishedAt: string | null;
                                    reach: {
                                        acknowledged: number;
                                        delivered: number;
                                        read: number;
                                        targeted: number;
                                    };
                                    status: string;
                                    strategic: boolean;
                                    titles: {
                                        en?: string;
                                        fr?: string;
                                    };
                                    updatedAt: string;
                                }[];
                                scheduled: {
                                    id: string;
                                    publishAt: string | null;
                                    publishedAt: string | null;
                                    status: string;
                                    strategic: boolean;
                                    titles: {
                                        en?: string;
                                        fr?: string;
                                    };
                                    updatedAt: string;
                                }[];
                                waitingApproval: {
                                    id: string;
                                    publishAt: string | null;
                                    publishedAt: string | null;
                                    status: string;
                                    strategic: boolean;
                                    titles: {
                                        en?: string;
                                        fr?: string;
                                    };
                                    updatedAt: string;
                                }[];
                            } | null;
                            polls: {
                                open: {
                                    closesAt: string | null;
                                    id: string;
                                    question: string;
                                    voters: number | null;
                                }[];
                            } | null;
                            tours: {
                                tours: {
                                    completed: number;
                                    completionRate: number;
                                    id: string;
                                    journeys: number;
                                    name: string;
                                    status: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The adoption dashboard for a period and segment: headline figures with the previous period, trend, bars by department and site, tour funnel, strategic items (communicators: their scope; admins)
         * @description Segments under INSIGHTS_MIN_GROUP_SIZE people are never shown: a small department or site joins "__other__", a small selected segment answers `hidden: true` with no figures. Tab time is approximate (one heartbeat a minute while a tab is visible).
         */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    department?: string;
                    kind?: "member" | "guest";
                    period?: "day" | "week" | "month";
                    platform?: "teams" | "slack" | "tab";
                    site?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departments: {
                                active: number | null;
                                connectionRate: number | null;
                                interactionRate: number | null;
                                name: string;
                                people: number | null;
                            }[];
                            /** @description Extranet groups (admins: all; communicators: those they manage or write to), their own segment: the other filters do not apply */
                            groups: {
                                chartersAccepted: number | null;
                                groupId: string;
                                guests: number | null;
                                hidden: boolean;
                                invitationsAccepted: number | null;
                                /** @description invitations sent in the period */
                                invited: number | null;
                                members: number | null;
                                name: string;
                            }[];
                            headline: {
                                change: number | null;
                                /** @enum {string} */
                                key: "people" | "reachable" | "installRate" | "active" | "connectionRate" | "dailyActiveAverage" | "weeklyActive" | "monthlyActive" | "activeDaysPerActive" | "tabMinutes" | "delivered" | "interactions" | "interactionRate" | "reactions" | "clicks" | "votes" | "answers" | "commands" | "relays" | "helped" | "returned" | "invitationsAccepted" | "chartersAccepted" | "activeGuests" | "strategicReadRate" | "strategicAcknowledgedRate" | "medianMinutesToAcknowledge";
                                previous: number | null;
                                value: number | null;
                            }[];
                            hidden: boolean;
                            items: {
                                acknowledged: number | null;
                                acknowledgedRate: number | null;
                                delivered: number | null;
                                firstSentAt: string | null;
                                hidden: boolean;
                                medianMinutesToAcknowledge: number | null;
                                newsId: string;
                                read: number | null;
                                readRate: number | null;
                                title: string;
                            }[];
                            lastRolledUpDay: string | null;
                            minGroupSize: number;
                            period: {
                                from: string;
                                /** @enum {string} */
                                kind: "day" | "week" | "month";
                                previousFrom: string;
                                previousTo: string;
                                to: string;
                            };
                            /** @description The latest survey made from the satisfaction template by the period’s end, and the one before it. Anonymous answers count only when no department, site or kind is selected. */
                            satisfaction: {
                                /** @description average overall rating, 1 to 5 */
                                averageRating: number | null;
                                change: {
                                    averageRating: number | null;
                                    nps: number | null;
                                };
                                createdAt: string;
                                /** @description fewer respondents than INSIGHTS_MIN_GROUP_SIZE in this segment: no figure */
                                hidden: boolean;
                                /** @description Net Promoter Score, -100 to 100, from the 0–10 recommendation question */
                                nps: number | null;
                                previous: {
                                    /** @description average overall rating, 1 to 5 */
                                    averageRating: number | null;
                                    createdAt: string;
                                    /** @description fewer respondents than INSIGHTS_MIN_GROUP_SIZE in this segment: no figure */
                                    hidden: boolean;
                                    /** @description Net Promoter Score, -100 to 100, from the 0–10 recommendation question */
                                    nps: number | null;
                                    respondents: number | null;
                                    surveyId: string;
                                    title: string;
                                } | null;
                                respondents: number | null;
                                surveyId: string;
                                title: string;
                            } | null;
                            sites: {
                                active: number | null;
                                connectionRate: number | null;
                                interactionRate: number | null;
                                name: string;
                                people: number | null;
                            }[];
                            tours: {
                                completed: number | null;
                                completionRate: number | null;
                                hidden: boolean;
                                medianDaysToComplete: number | null;
                                name: string;
                                started: number | null;
                                steps: {
                                    index: number;
                                    key: string;
                                    reached: number | null;
                                    stoppedHere: number | null;
                                }[];
                                tourId: string;
                            }[];
                            trend: {
                                active: number | null;
                                activeDaysPerActive: number | null;
                                connectionRate: number | null;
                                from: string;
                                interactionRate: number | null;
                                people: number | null;
                                tabMinutes: number | null;
                                to: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Subscribe to (or leave) the monthly digest card in chat (communicators and admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subscribed: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subscribed: boolean;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The tab is visible: one minute of (approximate) time in the tabs, counted at most once a minute per person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counted: boolean;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/rollups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Roll one day up again now, replacing its figures (admins; the daily job does it after each day) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        day: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/tables/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One table of the dashboard as CSV (headline, trend, departments, sites, tours, items), same filters */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    department?: string;
                    kind?: "member" | "guest";
                    period?: "day" | "week" | "month";
                    platform?: "teams" | "slack" | "tab";
                    site?: string;
                };
                header?: never;
                path: {
                    table: "headline" | "trend" | "departments" | "sites" | "tours" | "items" | "groups";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person (console session or tab SSO) or the automation key in use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                active: boolean;
                                department: string | null;
                                displayName: string;
                                email: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "member" | "guest";
                                locale: ("fr" | "en") | null;
                                managerId: string | null;
                                platforms: string[];
                                roles: {
                                    /** @enum {string} */
                                    role: "admin" | "communicator" | "ambassador" | "group_manager";
                                    scope: string;
                                }[];
                                site: string | null;
                                startDate: string | null;
                                timeZone: string | null;
                            } | null;
                            /** @enum {string} */
                            via: "session" | "sso" | "api_key";
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/charters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My pending group charters (what a guest accepts before seeing their groups) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pending: {
                                deadline: string;
                                groupId: string;
                                hash: string;
                                name: {
                                    en: string | null;
                                    fr: string | null;
                                };
                                text: {
                                    en: string | null;
                                    fr: string | null;
                                };
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/charters/{groupId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the current charter of one of my groups (the version read) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: boolean;
                            pending: {
                                deadline: string;
                                groupId: string;
                                hash: string;
                                name: {
                                    en: string | null;
                                    fr: string | null;
                                };
                                text: {
                                    en: string | null;
                                    fr: string | null;
                                };
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/group-portals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portals the caller may open: their current groups */
        get: {
            parameters: {
                query?: {
                    locale?: "fr" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            portals: {
                                id: string;
                                /** @enum {string} */
                                kind: "partners" | "providers" | "clients" | "project";
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/teams-space-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group whose space is this Teams team or channel, if the caller may open its portal (its members and guests, admins); null otherwise */
        get: {
            parameters: {
                query?: {
                    aadGroupId?: string;
                    channelId?: string;
                    teamId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            group: {
                                id: string;
                                /** @enum {string} */
                                kind: "partners" | "providers" | "clients" | "project";
                                nameEn: string | null;
                                nameFr: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** News items for the console, newest first (communicators: theirs; organisation-wide: all) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                approvedAt: string | null;
                                approvedBy: string | null;
                                audience: {
                                    /** @default [] */
                                    channels: {
                                        conversationId: string;
                                        name?: string;
                                        /** @enum {string} */
                                        platform: "teams" | "slack";
                                        tenantId: string;
                                    }[];
                                    /** @default [] */
                                    departments: string[];
                                    /** @default false */
                                    everyone: boolean;
                                    /** @default [] */
                                    groups: string[];
                                    /** @default false */
                                    includeGuests: boolean;
                                    /** @default [] */
                                    people: string[];
                                    /** @default [] */
                                    roles: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                                    /** @default [] */
                                    sites: string[];
                                };
                                authorId: string | null;
                                authorName: string;
                                cancelledAt: string | null;
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                publishAt: string | null;
                                publishedAt: string | null;
                                publishTimeZone: string | null;
                                recalledAt: string | null;
                                remindersSent: number;
                                /** @enum {string} */
                                status: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                                strategic: boolean;
                                updatedAt: string;
                                variants: {
                                    en?: {
                                        body: string;
                                        buttons: {
                                            label: string;
                                            url: string;
                                        }[];
                                        imageAlt?: string;
                                        imageUrl?: string;
                                        summary: string;
                                        title: string;
                                    };
                                    fr?: {
                                        body: string;
                                        buttons: {
                                            label: string;
                                            url: string;
                                        }[];
                                        imageAlt?: string;
                                        imageUrl?: string;
                                        summary: string;
                                        title: string;
                                    };
                                };
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Create a news item (draft): French and/or English variants, audience, strategic flag, expiry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience: {
                            /** @default [] */
                            channels?: {
                                conversationId: string;
                                name?: string;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                tenantId: string;
                            }[];
                            /** @default [] */
                            departments?: string[];
                            /** @default false */
                            everyone?: boolean;
                            /** @default [] */
                            groups?: string[];
                            /** @default false */
                            includeGuests?: boolean;
                            /** @default [] */
                            people?: string[];
                            /** @default [] */
                            roles?: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                            /** @default [] */
                            sites?: string[];
                        };
                        expiresAt?: string | null;
                        /** @default false */
                        strategic?: boolean;
                        variants: {
                            en?: {
                                /** @default  */
                                body?: string;
                                /** @default [] */
                                buttons?: {
                                    label: string;
                                    url: string;
                                }[];
                                imageAlt?: string;
                                imageUrl?: string;
                                /** @default  */
                                summary?: string;
                                title: string;
                            };
                            fr?: {
                                /** @default  */
                                body?: string;
                                /** @default [] */
                                buttons?: {
                                    label: string;
                                    url: string;
                                }[];
                                imageAlt?: string;
                                imageUrl?: string;
                                /** @default  */
                                summary?: string;
                                title: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            audience: {
                                /** @default [] */
                                channels: {
                                    conversationId: string;
                                    name?: string;
                                    /** @enum {string} */
                                    platform: "teams" | "slack";
                                    tenantId: string;
                                }[];
                                /** @default [] */
                                departments: string[];
                                /** @default false */
                                everyone: boolean;
                                /** @default [] */
                                groups: string[];
                                /** @default false */
                                includeGuests: boolean;
                                /** @default [] */
                                people: string[];
                                /** @default [] */
                                roles: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                                /** @default [] */
                                sites: string[];
                            };
                            authorId: string | null;
                            authorName: string;
                            cancelledAt: string | null;
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            publishTimeZone: string | null;
                            recalledAt: string | null;
                            remindersSent: number;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                            strategic: boolean;
                            updatedAt: string;
                            variants: {
                                en?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                                fr?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One news item (authors and admins; readers only a published item addressed to them, else 404) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            audience: {
                                /** @default [] */
                                channels: {
                                    conversationId: string;
                                    name?: string;
                                    /** @enum {string} */
                                    platform: "teams" | "slack";
                                    tenantId: string;
                                }[];
                                /** @default [] */
                                departments: string[];
                                /** @default false */
                                everyone: boolean;
                                /** @default [] */
                                groups: string[];
                                /** @default false */
                                includeGuests: boolean;
                                /** @default [] */
                                people: string[];
                                /** @default [] */
                                roles: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                                /** @default [] */
                                sites: string[];
                            };
                            authorId: string | null;
                            authorName: string;
                            cancelledAt: string | null;
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            publishTimeZone: string | null;
                            recalledAt: string | null;
                            remindersSent: number;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                            strategic: boolean;
                            updatedAt: string;
                            variants: {
                                en?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                                fr?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a news item; a published item updates every delivered copy */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience?: {
                            /** @default [] */
                            channels?: {
                                conversationId: string;
                                name?: string;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                tenantId: string;
                            }[];
                            /** @default [] */
                            departments?: string[];
                            /** @default false */
                            everyone?: boolean;
                            /** @default [] */
                            groups?: string[];
                            /** @default false */
                            includeGuests?: boolean;
                            /** @default [] */
                            people?: string[];
                            /** @default [] */
                            roles?: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                            /** @default [] */
                            sites?: string[];
                        };
                        expiresAt?: string | null;
                        strategic?: boolean;
                        variants?: {
                            en?: {
                                /** @default  */
                                body?: string;
                                /** @default [] */
                                buttons?: {
                                    label: string;
                                    url: string;
                                }[];
                                imageAlt?: string;
                                imageUrl?: string;
                                /** @default  */
                                summary?: string;
                                title: string;
                            } | null;
                            fr?: {
                                /** @default  */
                                body?: string;
                                /** @default [] */
                                buttons?: {
                                    label: string;
                                    url: string;
                                }[];
                                imageAlt?: string;
                                imageUrl?: string;
                                /** @default  */
                                summary?: string;
                                title: string;
                            } | null;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            audience: {
                                /** @default [] */
                                channels: {
                                    conversationId: string;
                                    name?: string;
                                    /** @enum {string} */
                                    platform: "teams" | "slack";
                                    tenantId: string;
                                }[];
                                /** @default [] */
                                departments: string[];
                                /** @default false */
                                everyone: boolean;
                                /** @default [] */
                                groups: string[];
                                /** @default false */
                                includeGuests: boolean;
                                /** @default [] */
                                people: string[];
                                /** @default [] */
                                roles: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                                /** @default [] */
                                sites: string[];
                            };
                            authorId: string | null;
                            authorName: string;
                            cancelledAt: string | null;
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            publishTimeZone: string | null;
                            recalledAt: string | null;
                            remindersSent: number;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                            strategic: boolean;
                            updatedAt: string;
                            variants: {
                                en?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                                fr?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/news/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "I have read it" from the tab (strategic items addressed to the caller) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgedAt: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a news item waiting for approval (admins); it then publishes as asked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            audience: {
                                /** @default [] */
                                channels: {
                                    conversationId: string;
                                    name?: string;
                                    /** @enum {string} */
                                    platform: "teams" | "slack";
                                    tenantId: string;
                                }[];
                                /** @default [] */
                                departments: string[];
                                /** @default false */
                                everyone: boolean;
                                /** @default [] */
                                groups: string[];
                                /** @default false */
                                includeGuests: boolean;
                                /** @default [] */
                                people: string[];
                                /** @default [] */
                                roles: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                                /** @default [] */
                                sites: string[];
                            };
                            authorId: string | null;
                            authorName: string;
                            cancelledAt: string | null;
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            publishTimeZone: string | null;
                            recalledAt: string | null;
                            remindersSent: number;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                            strategic: boolean;
                            updatedAt: string;
                            variants: {
                                en?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                                fr?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a send in progress (what was sent stays) or a scheduled publish (back to draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            audience: {
                                /** @default [] */
                                channels: {
                                    conversationId: string;
                                    name?: string;
                                    /** @enum {string} */
                                    platform: "teams" | "slack";
                                    tenantId: string;
                                }[];
                                /** @default [] */
                                departments: string[];
                                /** @default false */
                                everyone: boolean;
                                /** @default [] */
                                groups: string[];
                                /** @default false */
                                includeGuests: boolean;
                                /** @default [] */
                                people: string[];
                                /** @default [] */
                                roles: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                                /** @default [] */
                                sites: string[];
                            };
                            authorId: string | null;
                            authorName: string;
                            cancelledAt: string | null;
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            publishTimeZone: string | null;
                            recalledAt: string | null;
                            remindersSent: number;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                            strategic: boolean;
                            updatedAt: string;
                            variants: {
                                en?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                                fr?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery records with each person’s signals, paged (JSON) or all as CSV (?format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    limit?: number;
                    offset?: number;
                    status?: "queued" | "sending" | "sent" | "failed" | "unreachable" | "cancelled";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                acknowledgedAt: string | null;
                                attempts: number;
                                channelName: string | null;
                                clickedAt: string | null;
                                conversationId: string | null;
                                deliveryId: string;
                                department: string | null;
                                displayName: string | null;
                                email: string | null;
                                lastError: string | null;
                                messageId: string | null;
                                personId: string | null;
                                platform: string | null;
                                reactedAt: string | null;
                                readAt: string | null;
                                sentAt: string | null;
                                status: string;
                                withdrawn: boolean;
                            }[];
                            total: number;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}/pending-acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People who got a strategic item and have not acknowledged it */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                department: string | null;
                                displayName: string;
                                email: string | null;
                                personId: string;
                                platforms: string[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish now, or at `at` (ISO with an offset, or a local time with an IANA `timeZone`); organisation-wide sends may wait for approval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        allowEmpty?: boolean;
                        at?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            audience: {
                                /** @default [] */
                                channels: {
                                    conversationId: string;
                                    name?: string;
                                    /** @enum {string} */
                                    platform: "teams" | "slack";
                                    tenantId: string;
                                }[];
                                /** @default [] */
                                departments: string[];
                                /** @default false */
                                everyone: boolean;
                                /** @default [] */
                                groups: string[];
                                /** @default false */
                                includeGuests: boolean;
                                /** @default [] */
                                people: string[];
                                /** @default [] */
                                roles: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                                /** @default [] */
                                sites: string[];
                            };
                            authorId: string | null;
                            authorName: string;
                            cancelledAt: string | null;
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            publishTimeZone: string | null;
                            recalledAt: string | null;
                            remindersSent: number;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                            strategic: boolean;
                            updatedAt: string;
                            variants: {
                                en?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                                fr?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recall: every delivered copy is replaced by a short "withdrawn" card */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            audience: {
                                /** @default [] */
                                channels: {
                                    conversationId: string;
                                    name?: string;
                                    /** @enum {string} */
                                    platform: "teams" | "slack";
                                    tenantId: string;
                                }[];
                                /** @default [] */
                                departments: string[];
                                /** @default false */
                                everyone: boolean;
                                /** @default [] */
                                groups: string[];
                                /** @default false */
                                includeGuests: boolean;
                                /** @default [] */
                                people: string[];
                                /** @default [] */
                                roles: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                                /** @default [] */
                                sites: string[];
                            };
                            authorId: string | null;
                            authorName: string;
                            cancelledAt: string | null;
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            publishTimeZone: string | null;
                            recalledAt: string | null;
                            remindersSent: number;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                            strategic: boolean;
                            updatedAt: string;
                            variants: {
                                en?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                                fr?: {
                                    body: string;
                                    buttons: {
                                        label: string;
                                        url: string;
                                    }[];
                                    imageAlt?: string;
                                    imageUrl?: string;
                                    summary: string;
                                    title: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery progress by status, and per department: targeted, delivered, read, acknowledged, clicked, reacted */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byDepartment: {
                                acknowledged: number;
                                clicked: number;
                                delivered: number;
                                department: string;
                                reacted: number;
                                read: number;
                                targeted: number;
                            }[];
                            deliveries: {
                                byStatus: {
                                    [key: string]: number;
                                };
                                done: boolean;
                                etaSeconds: number | null;
                                sentPerSecond: number;
                                total: number;
                            };
                            newsId: string;
                            remindersSent: number;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "scheduled" | "publishing" | "published" | "recalled" | "expired";
                            totals: {
                                acknowledged: number;
                                clicked: number;
                                delivered: number;
                                reacted: number;
                                read: number;
                                targeted: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send me a test: the item to the caller only, marked as a test, in the language asked (not counted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale?: "fr" | "en";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            locale: "fr" | "en";
                            sentTo: {
                                /** @enum {string} */
                                platform: "teams" | "slack";
                            }[];
                            /** @constant */
                            test: true;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description The platform refused what was sent for the caller (unreachable conversation, rejected content) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error422"];
                    };
                };
                /** @description The platform asks to wait (Retry-After) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error429"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
                /** @description The platform or the delivery engine is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error503"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{id}/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller opened the item in the tab (news.viewed, and read) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done, no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's feed: published items addressed to them, newest first, with their acknowledgement (API keys name ?personId=) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    locale?: "fr" | "en";
                    offset?: number;
                    personId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                acknowledgedAt: string | null;
                                authorName: string;
                                body: string;
                                buttons: {
                                    label: string;
                                    url: string;
                                }[];
                                expiresAt: string | null;
                                id: string;
                                imageUrl: string | null;
                                /** @enum {string} */
                                locale: "fr" | "en";
                                publishedAt: string;
                                readAt: string | null;
                                strategic: boolean;
                                summary: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The neutral card a news draft becomes in each language (for the console preview) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience?: unknown;
                        expiresAt?: string | null;
                        /** @default false */
                        strategic?: boolean;
                        variants: {
                            en?: {
                                /** @default  */
                                body?: string;
                                /** @default [] */
                                buttons?: {
                                    label: string;
                                    url: string;
                                }[];
                                imageAlt?: string;
                                imageUrl?: string;
                                /** @default  */
                                summary?: string;
                                /** @default  */
                                title?: string;
                            };
                            fr?: {
                                /** @default  */
                                body?: string;
                                /** @default [] */
                                buttons?: {
                                    label: string;
                                    url: string;
                                }[];
                                imageAlt?: string;
                                imageUrl?: string;
                                /** @default  */
                                summary?: string;
                                /** @default  */
                                title?: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: {
                                /** @description a neutral card (shared/cards/model.ts) */
                                en?: {
                                    blocks: unknown[];
                                    summary: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description a neutral card (shared/cards/model.ts) */
                                fr?: {
                                    blocks: unknown[];
                                    summary: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The directory, filtered and paged (communicators and admins) */
        get: {
            parameters: {
                query?: {
                    department?: string;
                    kind?: "member" | "guest";
                    limit?: number;
                    offset?: number;
                    q?: string;
                    site?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                active: boolean;
                                department: string | null;
                                displayName: string;
                                email: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "member" | "guest";
                                locale: ("fr" | "en") | null;
                                managerId: string | null;
                                platforms: string[];
                                roles: {
                                    /** @enum {string} */
                                    role: "admin" | "communicator" | "ambassador" | "group_manager";
                                    scope: string;
                                }[];
                                site: string | null;
                                startDate: string | null;
                                timeZone: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person (themselves, or anyone for communicators and admins), with their manager’s name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            department: string | null;
                            displayName: string;
                            email: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "member" | "guest";
                            locale: ("fr" | "en") | null;
                            /** @description the person managerId names (null: none, or no longer known) */
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                            managerId: string | null;
                            platforms: string[];
                            roles: {
                                /** @enum {string} */
                                role: "admin" | "communicator" | "ambassador" | "group_manager";
                                scope: string;
                            }[];
                            site: string | null;
                            startDate: string | null;
                            timeZone: string | null;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/preferred-platform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose the platform a person on both Teams and Slack gets their one copy on (null: the one used last, else DEFAULT_PLATFORM); the person or an admin */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        platform: ("teams" | "slack") | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            preferredPlatform: ("teams" | "slack") | null;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a person can be reached on Teams and on Slack and why not, and the platform a broadcast reaches them on (communicators and admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliversOn: ("teams" | "slack") | null;
                            preferredPlatform: ("teams" | "slack") | null;
                            reach: {
                                message: string;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                reason: string;
                                /** @enum {string} */
                                status: "reachable" | "pending" | "unreachable";
                                updatedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the roles of a person (admins); each grant and revocation is logged; the last administrator keeps the admin role */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles: {
                            /** @enum {string} */
                            role: "admin" | "communicator" | "ambassador" | "group_manager";
                            /** @default  */
                            scope?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            department: string | null;
                            displayName: string;
                            email: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "member" | "guest";
                            locale: ("fr" | "en") | null;
                            managerId: string | null;
                            platforms: string[];
                            roles: {
                                /** @enum {string} */
                                role: "admin" | "communicator" | "ambassador" | "group_manager";
                                scope: string;
                            }[];
                            site: string | null;
                            startDate: string | null;
                            timeZone: string | null;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every value each source (hr, entra, slack) gives a person (communicators and admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sources: {
                                field: string;
                                /** @description for a manager value: the person it names, when known */
                                person: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                source: string;
                                updatedAt: string;
                                value: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import people from CSV (text/csv, comma or semicolon, French or English headers) or JSON (an array or { people }); upsert by email
         * @description A CSV file has a header line naming its columns (email, displayName, department, site, managerEmail, startDate, locale, timeZone, kind, roles, active; French headers such as courriel, nom, service, lieu, responsable, date d'arrivée, langue, fuseau are read too); a JSON body has the same fields per person. A row that is wrong is rejected in the report (errors, by line), the others land. With dryRun=true nothing is written: the report says what each line would do (lines: create or update; errors: rejected).
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean | string;
                        department?: string;
                        displayName?: string;
                        email: string;
                        kind?: string;
                        locale?: string;
                        managerEmail?: string;
                        roles?: string[] | string;
                        site?: string;
                        startDate?: string;
                        timeZone?: string;
                    }[] | {
                        people: {
                            active?: boolean | string;
                            department?: string;
                            displayName?: string;
                            email: string;
                            kind?: string;
                            locale?: string;
                            managerEmail?: string;
                            roles?: string[] | string;
                            site?: string;
                            startDate?: string;
                            timeZone?: string;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            dryRun: boolean;
                            errors: {
                                email?: string;
                                line: number;
                                problems: string[];
                            }[];
                            ignoredColumns: string[];
                            /** @description dry run only: what each accepted line would do, in file order */
                            lines?: {
                                /** @enum {string} */
                                action: "create" | "update";
                                email: string;
                                line: number;
                            }[];
                            rejected: number;
                            updated: number;
                            warnings: {
                                email?: string;
                                line: number;
                                problems: string[];
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Polls, newest first: your own, or everyone’s for communicators and admins */
        get: {
            parameters: {
                query?: {
                    authorId?: string;
                    limit?: number;
                    offset?: number;
                    state?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            polls: {
                                allowAddOptions: boolean;
                                anonymous: boolean;
                                authorId: string | null;
                                closedAt: string | null;
                                closesAt: string | null;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                locale: "fr" | "en";
                                maxChoices: number;
                                options: {
                                    addedBy: string | null;
                                    id: string;
                                    label: string;
                                }[];
                                question: string;
                                /** @enum {string} */
                                resultVisibility: "live" | "after_vote" | "after_close";
                                /** @enum {string} */
                                state: "open" | "closed";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Create a poll; with `target.conversation` it is posted there (members), with `target.audience` sent 1:1 (communicators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        poll: {
                            /** @default false */
                            allowAddOptions?: boolean;
                            /** @default false */
                            anonymous?: boolean;
                            /** Format: date-time */
                            closesAt?: string;
                            /** @enum {string} */
                            locale?: "fr" | "en";
                            /** @default 1 */
                            maxChoices?: number;
                            options: string[];
                            question: string;
                            /**
                             * @default live
                             * @enum {string}
                             */
                            resultVisibility?: "live" | "after_vote" | "after_close";
                        };
                        target?: {
                            conversation: {
                                conversationId: string;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                tenantId: string;
                            };
                        } | {
                            audience: {
                                /** @default [] */
                                channels?: {
                                    conversationId: string;
                                    name?: string;
                                    /** @enum {string} */
                                    platform: "teams" | "slack";
                                    tenantId: string;
                                }[];
                                /** @default [] */
                                departments?: string[];
                                /** @default false */
                                everyone?: boolean;
                                /** @default [] */
                                groups?: string[];
                                /** @default false */
                                includeGuests?: boolean;
                                /** @default [] */
                                people?: string[];
                                /** @default [] */
                                roles?: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                                /** @default [] */
                                sites?: string[];
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveryId?: string;
                            messages: {
                                conversationId: string;
                                messageId: string;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                tenantId: string;
                            }[];
                            poll: {
                                allowAddOptions: boolean;
                                anonymous: boolean;
                                authorId: string | null;
                                closedAt: string | null;
                                closesAt: string | null;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                locale: "fr" | "en";
                                maxChoices: number;
                                options: {
                                    addedBy: string | null;
                                    id: string;
                                    label: string;
                                }[];
                                question: string;
                                /** @enum {string} */
                                resultVisibility: "live" | "after_vote" | "after_close";
                                /** @enum {string} */
                                state: "open" | "closed";
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description The platform refused what was sent for the caller (unreachable conversation, rejected content) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error422"];
                    };
                };
                /** @description The platform asks to wait (Retry-After) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error429"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
                /** @description The platform or the delivery engine is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error503"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A poll, your own choices, and its counts when you may see them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            myChoices: string[];
                            poll: {
                                allowAddOptions: boolean;
                                anonymous: boolean;
                                authorId: string | null;
                                closedAt: string | null;
                                closesAt: string | null;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                locale: "fr" | "en";
                                maxChoices: number;
                                options: {
                                    addedBy: string | null;
                                    id: string;
                                    label: string;
                                }[];
                                question: string;
                                /** @enum {string} */
                                resultVisibility: "live" | "after_vote" | "after_close";
                                /** @enum {string} */
                                state: "open" | "closed";
                            };
                            results?: {
                                counts: {
                                    [key: string]: number;
                                };
                                pollId: string;
                                voters: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a poll now (author, communicators, admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowAddOptions: boolean;
                            anonymous: boolean;
                            authorId: string | null;
                            closedAt: string | null;
                            closesAt: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            maxChoices: number;
                            options: {
                                addedBy: string | null;
                                id: string;
                                label: string;
                            }[];
                            question: string;
                            /** @enum {string} */
                            resultVisibility: "live" | "after_vote" | "after_close";
                            /** @enum {string} */
                            state: "open" | "closed";
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post the poll into one more conversation (another channel, the other platform): one tally */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conversation: {
                            conversationId: string;
                            /** @enum {string} */
                            platform: "teams" | "slack";
                            tenantId: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversationId: string;
                            messageId: string;
                            /** @enum {string} */
                            platform: "teams" | "slack";
                            tenantId: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description The platform refused what was sent for the caller (unreachable conversation, rejected content) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error422"];
                    };
                };
                /** @description The platform asks to wait (Retry-After) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error429"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
                /** @description The platform or the delivery engine is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error503"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind, 1:1, the people of the audience who have not voted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queued: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed poll, with an optional new deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closesAt?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowAddOptions: boolean;
                            anonymous: boolean;
                            authorId: string | null;
                            closedAt: string | null;
                            closesAt: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            maxChoices: number;
                            options: {
                                addedBy: string | null;
                                id: string;
                                label: string;
                            }[];
                            question: string;
                            /** @enum {string} */
                            resultVisibility: "live" | "after_vote" | "after_close";
                            /** @enum {string} */
                            state: "open" | "closed";
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exact counts (JSON, or CSV with ?format=csv); hidden until close when the poll says so */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    locale?: "fr" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            pollId: string;
                            recipients: number | null;
                            voters: number;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send me a test: the poll to the caller only, without vote buttons (not counted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale?: "fr" | "en";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            locale: "fr" | "en";
                            sentTo: {
                                /** @enum {string} */
                                platform: "teams" | "slack";
                            }[];
                            /** @constant */
                            test: true;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description The platform refused what was sent for the caller (unreachable conversation, rejected content) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error422"];
                    };
                };
                /** @description The platform asks to wait (Retry-After) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error429"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
                /** @description The platform or the delivery engine is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error503"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls/{id}/voters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who chose what, as CSV (named polls; author, communicators, admins) */
        get: {
            parameters: {
                query?: {
                    locale?: "fr" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/polls/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vote as the signed-in person (replaces their earlier ballot) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        options: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            myChoices: string[];
                            results?: {
                                counts: {
                                    [key: string]: number;
                                };
                                pollId: string;
                                voters: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quizzes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quizzes, newest first: all for communicators, open ones for members, those addressed to a guest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quizzes: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                locale: "fr" | "en";
                                participants?: number;
                                questionCount: number;
                                /** @enum {string} */
                                status: "open" | "closed";
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Create a quiz: questions with their correct options and an optional explanation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        /** @enum {string} */
                        locale?: "fr" | "en";
                        questions: {
                            explanation?: string;
                            id?: string;
                            /**
                             * @default single
                             * @enum {string}
                             */
                            kind?: "single" | "multiple";
                            label: string;
                            options: {
                                /** @default false */
                                correct?: boolean;
                                id?: string;
                                label: string;
                            }[];
                        }[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            questions: {
                                correct?: string[];
                                explanation?: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "multiple";
                                label: string;
                                myAnswer?: {
                                    correct: boolean;
                                    optionIds: string[];
                                };
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            }[];
                            score?: number;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quizzes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quiz, with the caller’s answers and score */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            questions: {
                                correct?: string[];
                                explanation?: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "multiple";
                                label: string;
                                myAnswer?: {
                                    correct: boolean;
                                    optionIds: string[];
                                };
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            }[];
                            score?: number;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quizzes/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer one question (the first answer counts; a repeat returns the same feedback) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        optionIds: string[];
                        questionId: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            correct: boolean;
                            correctOptionIds: string[];
                            explanation: string | null;
                            first: boolean;
                            optionIds: string[];
                            questionId: string;
                            score: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quizzes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the quiz: no more answers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            questions: {
                                correct?: string[];
                                explanation?: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "multiple";
                                label: string;
                                myAnswer?: {
                                    correct: boolean;
                                    optionIds: string[];
                                };
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            }[];
                            score?: number;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quizzes/{id}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Best scores (people who opted out are not listed) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                answered: number;
                                displayName: string;
                                personId: string;
                                rank: number;
                                score: number;
                            }[];
                            optedOut?: boolean;
                            quizId: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quizzes/{id}/leaderboard/opt-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide the caller from the leaderboard (`optOut: false` shows them again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        optOut?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            optedOut: boolean;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quizzes/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed quiz */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            questions: {
                                correct?: string[];
                                explanation?: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "multiple";
                                label: string;
                                myAnswer?: {
                                    correct: boolean;
                                    optionIds: string[];
                                };
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            }[];
                            score?: number;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quizzes/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participants, average score, and per question the answers per option and how many were right */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            averageScore: number | null;
                            participants: number;
                            questions: {
                                answered: number;
                                correct: number;
                                label: string;
                                options: {
                                    correct: boolean;
                                    count: number;
                                    id: string;
                                    label: string;
                                }[];
                                questionId: string;
                            }[];
                            quizId: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quizzes/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the quiz 1:1 to an audience (core.delivery) or post it into one conversation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience?: {
                            /** @default [] */
                            channels?: {
                                conversationId: string;
                                name?: string;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                tenantId: string;
                            }[];
                            /** @default [] */
                            departments?: string[];
                            /** @default false */
                            everyone?: boolean;
                            /** @default [] */
                            groups?: string[];
                            /** @default false */
                            includeGuests?: boolean;
                            /** @default [] */
                            people?: string[];
                            /** @default [] */
                            roles?: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                            /** @default [] */
                            sites?: string[];
                        };
                        conversation?: {
                            conversationId: string;
                            /** @enum {string} */
                            platform: "teams" | "slack";
                            tenantId: string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            posted: {
                                conversationId: string;
                                messageId: string;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                tenantId: string;
                            };
                        } | {
                            delivery: {
                                byStatus: {
                                    [key: string]: number;
                                };
                                done: boolean;
                                etaSeconds: number | null;
                                sentPerSecond: number;
                                total: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description The platform refused what was sent for the caller (unreachable conversation, rejected content) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error422"];
                    };
                };
                /** @description The platform asks to wait (Retry-After) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error429"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
                /** @description The platform or the delivery engine is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error503"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/r/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tracked link of a news card: records the click and redirects (302) to the link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect */
                302: {
                    headers: {
                        /** @description where to go */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relay-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Relay campaigns, newest first; those of one item with subjectType and subjectId (communicators) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    subjectId?: string;
                    subjectType?: "news" | "poll" | "survey" | "quiz";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaigns: {
                                counts: {
                                    asked: number;
                                    declined: number;
                                    relayed: number;
                                    snoozed: number;
                                };
                                createdAt: string;
                                engaged: number;
                                id: string;
                                message: {
                                    en: string;
                                    fr: string;
                                };
                                reach: number;
                                relayDate: string;
                                requests: {
                                    ambassadorId: string;
                                    ambassadorName: string;
                                    engaged: number;
                                    id: string;
                                    reach: number | null;
                                    reason: string | null;
                                    relayedAt: string | null;
                                    relayedTo: {
                                        conversationId: string | null;
                                        /** @enum {string} */
                                        kind: "channel" | "elsewhere";
                                        platform: string | null;
                                    } | null;
                                    /** @enum {string} */
                                    state: "asked" | "snoozed" | "relayed" | "declined";
                                }[];
                                scope: {
                                    departments: string[];
                                    groups: string[];
                                    sites: string[];
                                };
                                skipped: {
                                    ambassadorId: string;
                                    /** @enum {string} */
                                    reason: "cap_reached" | "paused" | "not_in_audience";
                                }[];
                                subjectId: string;
                                /** @enum {string} */
                                subjectType: "news" | "poll" | "survey" | "quiz";
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Ask the ambassadors of departments, sites or guest groups to relay a published news item, poll, survey or quiz (communicators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        departments?: string[];
                        /** @default [] */
                        groups?: string[];
                        message: {
                            en: string;
                            fr: string;
                        };
                        relayDate: string;
                        /** @default [] */
                        sites?: string[];
                        subjectId: string;
                        /** @enum {string} */
                        subjectType: "news" | "poll" | "survey" | "quiz";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                asked: number;
                                declined: number;
                                relayed: number;
                                snoozed: number;
                            };
                            createdAt: string;
                            engaged: number;
                            id: string;
                            message: {
                                en: string;
                                fr: string;
                            };
                            reach: number;
                            relayDate: string;
                            requests: {
                                ambassadorId: string;
                                ambassadorName: string;
                                engaged: number;
                                id: string;
                                reach: number | null;
                                reason: string | null;
                                relayedAt: string | null;
                                relayedTo: {
                                    conversationId: string | null;
                                    /** @enum {string} */
                                    kind: "channel" | "elsewhere";
                                    platform: string | null;
                                } | null;
                                /** @enum {string} */
                                state: "asked" | "snoozed" | "relayed" | "declined";
                            }[];
                            scope: {
                                departments: string[];
                                groups: string[];
                                sites: string[];
                            };
                            skipped: {
                                ambassadorId: string;
                                /** @enum {string} */
                                reason: "cap_reached" | "paused" | "not_in_audience";
                            }[];
                            subjectId: string;
                            /** @enum {string} */
                            subjectType: "news" | "poll" | "survey" | "quiz";
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relay-campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A relay campaign: per ambassador asked, relayed (where, when), snoozed, declined (reason) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                asked: number;
                                declined: number;
                                relayed: number;
                                snoozed: number;
                            };
                            createdAt: string;
                            engaged: number;
                            id: string;
                            message: {
                                en: string;
                                fr: string;
                            };
                            reach: number;
                            relayDate: string;
                            requests: {
                                ambassadorId: string;
                                ambassadorName: string;
                                engaged: number;
                                id: string;
                                reach: number | null;
                                reason: string | null;
                                relayedAt: string | null;
                                relayedTo: {
                                    conversationId: string | null;
                                    /** @enum {string} */
                                    kind: "channel" | "elsewhere";
                                    platform: string | null;
                                } | null;
                                /** @enum {string} */
                                state: "asked" | "snoozed" | "relayed" | "declined";
                            }[];
                            scope: {
                                departments: string[];
                                groups: string[];
                                sites: string[];
                            };
                            skipped: {
                                ambassadorId: string;
                                /** @enum {string} */
                                reason: "cap_reached" | "paused" | "not_in_audience";
                            }[];
                            subjectId: string;
                            /** @enum {string} */
                            subjectType: "news" | "poll" | "survey" | "quiz";
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Surveys, newest first: all for communicators, open ones for members, those addressed to a guest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            surveys: {
                                anonymous: boolean;
                                closedAt: string | null;
                                createdAt: string;
                                createdBy: string | null;
                                description: string | null;
                                id: string;
                                /** @enum {string} */
                                locale: "fr" | "en";
                                questionCount: number;
                                questions: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "single" | "multiple" | "rating" | "score" | "yes_no" | "text";
                                    label: string;
                                    maxChoices?: number;
                                    options?: {
                                        id: string;
                                        label: string;
                                    }[];
                                    required: boolean;
                                }[];
                                respondents?: number;
                                /** @enum {string} */
                                status: "open" | "closed";
                                template: string | null;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Create a survey from questions, or from a template (`template: "satisfaction"`) in `locale` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        anonymous?: boolean;
                        description?: string;
                        /** @enum {string} */
                        locale?: "fr" | "en";
                        questions?: {
                            id?: string;
                            /** @enum {string} */
                            kind: "single" | "multiple" | "rating" | "score" | "yes_no" | "text";
                            label: string;
                            maxChoices?: number;
                            options?: (string | {
                                id?: string;
                                label: string;
                            })[];
                            /** @default false */
                            required?: boolean;
                        }[];
                        /** @enum {string} */
                        template?: "satisfaction";
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymous: boolean;
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            questions: {
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "multiple" | "rating" | "score" | "yes_no" | "text";
                                label: string;
                                maxChoices?: number;
                                options?: {
                                    id: string;
                                    label: string;
                                }[];
                                required: boolean;
                            }[];
                            /** @enum {string} */
                            status: "open" | "closed";
                            template: string | null;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One survey, with the caller’s own answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymous: boolean;
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            myAnswers: {
                                [key: string]: string | string[] | number;
                            };
                            questions: {
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "multiple" | "rating" | "score" | "yes_no" | "text";
                                label: string;
                                maxChoices?: number;
                                options?: {
                                    id: string;
                                    label: string;
                                }[];
                                required: boolean;
                            }[];
                            /** @enum {string} */
                            status: "open" | "closed";
                            template: string | null;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a survey (replaces the caller’s earlier answers to the questions given, or to all) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: unknown;
                        };
                        questionIds?: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            saved: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the survey: no more answers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymous: boolean;
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            questions: {
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "multiple" | "rating" | "score" | "yes_no" | "text";
                                label: string;
                                maxChoices?: number;
                                options?: {
                                    id: string;
                                    label: string;
                                }[];
                                required: boolean;
                            }[];
                            /** @enum {string} */
                            status: "open" | "closed";
                            template: string | null;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed survey */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymous: boolean;
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "fr" | "en";
                            questions: {
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "multiple" | "rating" | "score" | "yes_no" | "text";
                                label: string;
                                maxChoices?: number;
                                options?: {
                                    id: string;
                                    label: string;
                                }[];
                                required: boolean;
                            }[];
                            /** @enum {string} */
                            status: "open" | "closed";
                            template: string | null;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results summary: counts per option, averages, NPS for 0–10 scores, free-text answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            questions: {
                                answered: number;
                                average?: number | null;
                                /** @enum {string} */
                                kind: "single" | "multiple" | "rating" | "score" | "yes_no" | "text";
                                label: string;
                                nps?: {
                                    detractors: number;
                                    passives: number;
                                    promoters: number;
                                    score: number | null;
                                };
                                options?: {
                                    count: number;
                                    id: string;
                                    label: string;
                                }[];
                                questionId: string;
                                texts?: string[];
                            }[];
                            respondents: number;
                            surveyId: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers as CSV, one row per respondent (anonymous surveys: numbered, never named) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the survey 1:1 to an audience (core.delivery) or post it into one conversation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience?: {
                            /** @default [] */
                            channels?: {
                                conversationId: string;
                                name?: string;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                tenantId: string;
                            }[];
                            /** @default [] */
                            departments?: string[];
                            /** @default false */
                            everyone?: boolean;
                            /** @default [] */
                            groups?: string[];
                            /** @default false */
                            includeGuests?: boolean;
                            /** @default [] */
                            people?: string[];
                            /** @default [] */
                            roles?: ("admin" | "communicator" | "ambassador" | "group_manager")[];
                            /** @default [] */
                            sites?: string[];
                        };
                        conversation?: {
                            conversationId: string;
                            /** @enum {string} */
                            platform: "teams" | "slack";
                            tenantId: string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            posted: {
                                conversationId: string;
                                messageId: string;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                tenantId: string;
                            };
                        } | {
                            delivery: {
                                byStatus: {
                                    [key: string]: number;
                                };
                                done: boolean;
                                etaSeconds: number | null;
                                sentPerSecond: number;
                                total: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description The platform refused what was sent for the caller (unreachable conversation, rejected content) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error422"];
                    };
                };
                /** @description The platform asks to wait (Retry-After) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error429"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
                /** @description The platform or the delivery engine is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error503"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send me a test: the survey card and its questions to the caller only (not counted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale?: "fr" | "en";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            locale: "fr" | "en";
                            sentTo: {
                                /** @enum {string} */
                                platform: "teams" | "slack";
                            }[];
                            /** @constant */
                            test: true;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description The platform refused what was sent for the caller (unreachable conversation, rejected content) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error422"];
                    };
                };
                /** @description The platform asks to wait (Retry-After) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error429"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
                /** @description The platform or the delivery engine is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error503"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready-made surveys (satisfaction), in French and English */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            templates: {
                                en: {
                                    description: string;
                                    /** @enum {string} */
                                    id: "satisfaction";
                                    questions: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "single" | "multiple" | "rating" | "score" | "yes_no" | "text";
                                        label: string;
                                        maxChoices?: number;
                                        options?: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                    }[];
                                    title: string;
                                };
                                fr: {
                                    description: string;
                                    /** @enum {string} */
                                    id: "satisfaction";
                                    questions: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "single" | "multiple" | "rating" | "score" | "yes_no" | "text";
                                        label: string;
                                        maxChoices?: number;
                                        options?: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                    }[];
                                    title: string;
                                };
                                /** @enum {string} */
                                id: "satisfaction";
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tours (communicators and admins) */
        get: {
            parameters: {
                query?: {
                    status?: "active" | "draft" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tours: {
                                audience: {
                                    /** @default [] */
                                    departments: string[];
                                    groupKey?: string;
                                    /** @default [] */
                                    sites: string[];
                                    /** @enum {string} */
                                    who: "newcomers" | "managers" | "guests" | "everyone";
                                };
                                builtIn: string | null;
                                createdAt: string;
                                /** @default  */
                                description: string;
                                id: string;
                                name: string;
                                /**
                                 * @default active
                                 * @enum {string}
                                 */
                                status: "active" | "draft" | "archived";
                                steps: {
                                    content: {
                                        en?: {
                                            imageAlt?: string;
                                            /** Format: uri */
                                            imageUrl?: string;
                                            /** @default [] */
                                            links: {
                                                label: string;
                                                /** Format: uri */
                                                url: string;
                                            }[];
                                            /** @default  */
                                            text: string;
                                            title: string;
                                        };
                                        fr?: {
                                            imageAlt?: string;
                                            /** Format: uri */
                                            imageUrl?: string;
                                            /** @default [] */
                                            links: {
                                                label: string;
                                                /** Format: uri */
                                                url: string;
                                            }[];
                                            /** @default  */
                                            text: string;
                                            title: string;
                                        };
                                    };
                                    key: string;
                                    onlyAfter?: string;
                                    schedule: string;
                                    task?: {
                                        label: {
                                            en?: string;
                                            fr?: string;
                                        };
                                        /** @default 3 */
                                        maxReminders: number;
                                        remindEvery?: string;
                                        /** @default 2 */
                                        remindEveryWorkingDays: number;
                                    };
                                    /** @default [] */
                                    tutorialIds: string[];
                                }[];
                                triggers: ("first_contact" | "team_join" | "channel_join" | "import" | "manual")[];
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Create a tour: ordered steps (fr/en content, schedule, task, condition), audience, triggers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience: {
                            /** @default [] */
                            departments?: string[];
                            groupKey?: string;
                            /** @default [] */
                            sites?: string[];
                            /** @enum {string} */
                            who: "newcomers" | "managers" | "guests" | "everyone";
                        };
                        /** @default  */
                        description?: string;
                        name: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "draft" | "archived";
                        steps: {
                            content: {
                                en?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    title: string;
                                };
                                fr?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    title: string;
                                };
                            };
                            key: string;
                            onlyAfter?: string;
                            schedule: string;
                            task?: {
                                label: {
                                    en?: string;
                                    fr?: string;
                                };
                                /** @default 3 */
                                maxReminders?: number;
                                remindEvery?: string;
                                /** @default 2 */
                                remindEveryWorkingDays?: number;
                            };
                            /** @default [] */
                            tutorialIds?: string[];
                        }[];
                        triggers: ("first_contact" | "team_join" | "channel_join" | "import" | "manual")[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                /** @default [] */
                                departments: string[];
                                groupKey?: string;
                                /** @default [] */
                                sites: string[];
                                /** @enum {string} */
                                who: "newcomers" | "managers" | "guests" | "everyone";
                            };
                            builtIn: string | null;
                            createdAt: string;
                            /** @default  */
                            description: string;
                            id: string;
                            name: string;
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status: "active" | "draft" | "archived";
                            steps: {
                                content: {
                                    en?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                    fr?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                };
                                key: string;
                                onlyAfter?: string;
                                schedule: string;
                                task?: {
                                    label: {
                                        en?: string;
                                        fr?: string;
                                    };
                                    /** @default 3 */
                                    maxReminders: number;
                                    remindEvery?: string;
                                    /** @default 2 */
                                    remindEveryWorkingDays: number;
                                };
                                /** @default [] */
                                tutorialIds: string[];
                            }[];
                            triggers: ("first_contact" | "team_join" | "channel_join" | "import" | "manual")[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tour */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                /** @default [] */
                                departments: string[];
                                groupKey?: string;
                                /** @default [] */
                                sites: string[];
                                /** @enum {string} */
                                who: "newcomers" | "managers" | "guests" | "everyone";
                            };
                            builtIn: string | null;
                            createdAt: string;
                            /** @default  */
                            description: string;
                            id: string;
                            name: string;
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status: "active" | "draft" | "archived";
                            steps: {
                                content: {
                                    en?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                    fr?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                };
                                key: string;
                                onlyAfter?: string;
                                schedule: string;
                                task?: {
                                    label: {
                                        en?: string;
                                        fr?: string;
                                    };
                                    /** @default 3 */
                                    maxReminders: number;
                                    remindEvery?: string;
                                    /** @default 2 */
                                    remindEveryWorkingDays: number;
                                };
                                /** @default [] */
                                tutorialIds: string[];
                            }[];
                            triggers: ("first_contact" | "team_join" | "channel_join" | "import" | "manual")[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        /** Replace a tour; running journeys keep the steps they started with until apply-to-running */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience: {
                            /** @default [] */
                            departments?: string[];
                            groupKey?: string;
                            /** @default [] */
                            sites?: string[];
                            /** @enum {string} */
                            who: "newcomers" | "managers" | "guests" | "everyone";
                        };
                        /** @default  */
                        description?: string;
                        name: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "draft" | "archived";
                        steps: {
                            content: {
                                en?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    title: string;
                                };
                                fr?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    title: string;
                                };
                            };
                            key: string;
                            onlyAfter?: string;
                            schedule: string;
                            task?: {
                                label: {
                                    en?: string;
                                    fr?: string;
                                };
                                /** @default 3 */
                                maxReminders?: number;
                                remindEvery?: string;
                                /** @default 2 */
                                remindEveryWorkingDays?: number;
                            };
                            /** @default [] */
                            tutorialIds?: string[];
                        }[];
                        triggers: ("first_contact" | "team_join" | "channel_join" | "import" | "manual")[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                /** @default [] */
                                departments: string[];
                                groupKey?: string;
                                /** @default [] */
                                sites: string[];
                                /** @enum {string} */
                                who: "newcomers" | "managers" | "guests" | "everyone";
                            };
                            builtIn: string | null;
                            createdAt: string;
                            /** @default  */
                            description: string;
                            id: string;
                            name: string;
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status: "active" | "draft" | "archived";
                            steps: {
                                content: {
                                    en?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                    fr?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                };
                                key: string;
                                onlyAfter?: string;
                                schedule: string;
                                task?: {
                                    label: {
                                        en?: string;
                                        fr?: string;
                                    };
                                    /** @default 3 */
                                    maxReminders: number;
                                    remindEvery?: string;
                                    /** @default 2 */
                                    remindEveryWorkingDays: number;
                                };
                                /** @default [] */
                                tutorialIds: string[];
                            }[];
                            triggers: ("first_contact" | "team_join" | "channel_join" | "import" | "manual")[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        /** Archive a tour: it starts no new journey; running journeys go on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                /** @default [] */
                                departments: string[];
                                groupKey?: string;
                                /** @default [] */
                                sites: string[];
                                /** @enum {string} */
                                who: "newcomers" | "managers" | "guests" | "everyone";
                            };
                            builtIn: string | null;
                            createdAt: string;
                            /** @default  */
                            description: string;
                            id: string;
                            name: string;
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status: "active" | "draft" | "archived";
                            steps: {
                                content: {
                                    en?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                    fr?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                };
                                key: string;
                                onlyAfter?: string;
                                schedule: string;
                                task?: {
                                    label: {
                                        en?: string;
                                        fr?: string;
                                    };
                                    /** @default 3 */
                                    maxReminders: number;
                                    remindEvery?: string;
                                    /** @default 2 */
                                    remindEveryWorkingDays: number;
                                };
                                /** @default [] */
                                tutorialIds: string[];
                            }[];
                            triggers: ("first_contact" | "team_join" | "channel_join" | "import" | "manual")[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/apply-to-running": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Running journeys take the tour’s current steps (progress follows step keys) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            journeys: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start this tour for one person, whatever its triggers and audience (idempotent) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personId: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completedAt: string | null;
                            currentStep: number;
                            id: string;
                            personId: string;
                            progress: {
                                doneAt: string | null;
                                dueAt: string | null;
                                index: number;
                                key: string;
                                reminders: number;
                                sentAt: string | null;
                                skippedAt: string | null;
                                /** @enum {string} */
                                state: "pending" | "sent" | "done" | "skipped";
                            }[];
                            revision: number;
                            startDate: string | null;
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "stopped";
                            steps: {
                                content: {
                                    en?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                    fr?: {
                                        imageAlt?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        /** @default [] */
                                        links: {
                                            label: string;
                                            /** Format: uri */
                                            url: string;
                                        }[];
                                        /** @default  */
                                        text: string;
                                        title: string;
                                    };
                                };
                                key: string;
                                onlyAfter?: string;
                                schedule: string;
                                task?: {
                                    label: {
                                        en?: string;
                                        fr?: string;
                                    };
                                    /** @default 3 */
                                    maxReminders: number;
                                    remindEvery?: string;
                                    /** @default 2 */
                                    remindEveryWorkingDays: number;
                                };
                                /** @default [] */
                                tutorialIds: string[];
                            }[];
                            stoppedAt: string | null;
                            tourId: string;
                            tourVersion: number;
                            trigger: {
                                conversation?: {
                                    conversationId: string;
                                    /** @constant */
                                    kind: "conversation";
                                    /** @enum {string} */
                                    platform: "teams" | "slack";
                                    tenantId: string;
                                };
                                groupKey?: string;
                                /** @enum {string} */
                                kind: "first_contact" | "team_join" | "channel_join" | "import" | "manual";
                                /** @enum {string} */
                                platform?: "teams" | "slack";
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funnel per step (reached, done, skipped) and completion rate per department and site */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byDepartment: {
                                completed: number;
                                journeys: number;
                                rate: number;
                                value: string;
                            }[];
                            bySite: {
                                completed: number;
                                journeys: number;
                                rate: number;
                                value: string;
                            }[];
                            completionRate: number;
                            funnel: {
                                done: number;
                                index: number;
                                key: string;
                                reached: number;
                                skipped: number;
                                title: string;
                                titles: {
                                    en: string;
                                    fr: string;
                                };
                            }[];
                            journeys: {
                                active: number;
                                completed: number;
                                stopped: number;
                                total: number;
                            };
                            tourId: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/audience-reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many people in the directory a tour audience matches today, on Teams, on Slack and unreachable (the editor’s count) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        departments?: string[];
                        groupKey?: string;
                        /** @default [] */
                        sites?: string[];
                        /** @enum {string} */
                        who: "newcomers" | "managers" | "guests" | "everyone";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: number;
                            people: number;
                            reasons: {
                                no_chat_account: number;
                                platform_not_configured: number;
                            };
                            slack: number;
                            teams: number;
                            unreachable: number;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/introduction/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Channels newcomers are introduced in, per department and/or site */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                conversationId: string;
                                department?: string | null;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                site?: string | null;
                                tenantId: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        /** Replace the channels newcomers are introduced in (a team they joined comes first) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channels: {
                            conversationId: string;
                            department?: string | null;
                            /** @enum {string} */
                            platform: "teams" | "slack";
                            site?: string | null;
                            tenantId: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                conversationId: string;
                                department?: string | null;
                                /** @enum {string} */
                                platform: "teams" | "slack";
                                site?: string | null;
                                tenantId: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person’s journeys (steps snapshot and progress), newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            journeys: {
                                completedAt: string | null;
                                currentStep: number;
                                id: string;
                                personId: string;
                                progress: {
                                    doneAt: string | null;
                                    dueAt: string | null;
                                    index: number;
                                    key: string;
                                    reminders: number;
                                    sentAt: string | null;
                                    skippedAt: string | null;
                                    /** @enum {string} */
                                    state: "pending" | "sent" | "done" | "skipped";
                                }[];
                                revision: number;
                                startDate: string | null;
                                startedAt: string;
                                /** @enum {string} */
                                status: "active" | "completed" | "stopped";
                                steps: {
                                    content: {
                                        en?: {
                                            imageAlt?: string;
                                            /** Format: uri */
                                            imageUrl?: string;
                                            /** @default [] */
                                            links: {
                                                label: string;
                                                /** Format: uri */
                                                url: string;
                                            }[];
                                            /** @default  */
                                            text: string;
                                            title: string;
                                        };
                                        fr?: {
                                            imageAlt?: string;
                                            /** Format: uri */
                                            imageUrl?: string;
                                            /** @default [] */
                                            links: {
                                                label: string;
                                                /** Format: uri */
                                                url: string;
                                            }[];
                                            /** @default  */
                                            text: string;
                                            title: string;
                                        };
                                    };
                                    key: string;
                                    onlyAfter?: string;
                                    schedule: string;
                                    task?: {
                                        label: {
                                            en?: string;
                                            fr?: string;
                                        };
                                        /** @default 3 */
                                        maxReminders: number;
                                        remindEvery?: string;
                                        /** @default 2 */
                                        remindEveryWorkingDays: number;
                                    };
                                    /** @default [] */
                                    tutorialIds: string[];
                                }[];
                                stoppedAt: string | null;
                                tourId: string;
                                tourVersion: number;
                                trigger: {
                                    conversation?: {
                                        conversationId: string;
                                        /** @constant */
                                        kind: "conversation";
                                        /** @enum {string} */
                                        platform: "teams" | "slack";
                                        tenantId: string;
                                    };
                                    groupKey?: string;
                                    /** @enum {string} */
                                    kind: "first_contact" | "team_join" | "channel_join" | "import" | "manual";
                                    /** @enum {string} */
                                    platform?: "teams" | "slack";
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resource people per department and site (communicators and admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resources: {
                                personId: string;
                                /** @enum {string} */
                                scope: "department" | "site";
                                value: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        /** Set (or with personId null remove) the resource person of a department or a site */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personId: string | null;
                        /** @enum {string} */
                        scope: "department" | "site";
                        value: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resources: {
                                personId: string;
                                /** @enum {string} */
                                scope: "department" | "site";
                                value: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/schedule-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** When a step with this schedule arrives for a newcomer starting on startDate (console hint) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        schedule: string;
                        startDate?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueAt: string;
                            startDate: string;
                            timeZone: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/step-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The neutral card a tour step (as edited) becomes in French and English (console preview) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 0 */
                        index?: number;
                        step: {
                            content: {
                                en?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    /** @default  */
                                    title?: string;
                                };
                                fr?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    /** @default  */
                                    title?: string;
                                };
                            };
                            task?: {
                                label: {
                                    en?: string;
                                    fr?: string;
                                };
                            };
                            /** @default [] */
                            tutorialIds?: string[];
                        };
                        /** @default 1 */
                        total?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: {
                                /** @description a neutral card (shared/cards/model.ts) */
                                en: {
                                    blocks: unknown[];
                                    summary: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description a neutral card (shared/cards/model.ts) */
                                fr: {
                                    blocks: unknown[];
                                    summary: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/step-test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send me a test: a tour step (as edited) to the caller only, in the language asked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 0 */
                        index?: number;
                        /** @enum {string} */
                        locale?: "fr" | "en";
                        step: {
                            content: {
                                en?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    /** @default  */
                                    title?: string;
                                };
                                fr?: {
                                    imageAlt?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    /** @default [] */
                                    links?: {
                                        label: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @default  */
                                    text?: string;
                                    /** @default  */
                                    title?: string;
                                };
                            };
                            task?: {
                                label: {
                                    en?: string;
                                    fr?: string;
                                };
                            };
                            /** @default [] */
                            tutorialIds?: string[];
                        };
                        /** @default 1 */
                        total?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            locale: "fr" | "en";
                            sentTo: {
                                /** @enum {string} */
                                platform: "teams" | "slack";
                            }[];
                            /** @constant */
                            test: true;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not possible in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error409"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description The platform refused what was sent for the caller (unreachable conversation, rejected content) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error422"];
                    };
                };
                /** @description The platform asks to wait (Retry-After) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error429"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
                /** @description The platform or the delivery engine is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error503"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tutorials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tutorial library (links and short videos steps point to) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tutorials: {
                                id: string;
                                /**
                                 * @default link
                                 * @enum {string}
                                 */
                                kind: "link" | "video";
                                title: {
                                    en: string;
                                    fr: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        put?: never;
        /** Add a tutorial */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default link
                         * @enum {string}
                         */
                        kind?: "link" | "video";
                        title: {
                            en: string;
                            fr: string;
                        };
                        /** Format: uri */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @default link
                             * @enum {string}
                             */
                            kind: "link" | "video";
                            title: {
                                en: string;
                                fr: string;
                            };
                            /** Format: uri */
                            url: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tutorials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a tutorial */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default link
                         * @enum {string}
                         */
                        kind?: "link" | "video";
                        title: {
                            en: string;
                            fr: string;
                        };
                        /** Format: uri */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @default link
                             * @enum {string}
                             */
                            kind: "link" | "video";
                            title: {
                                en: string;
                                fr: string;
                            };
                            /** Format: uri */
                            url: string;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a tutorial */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid input: the request, a field (details names each), malformed or too deeply nested JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error400"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error401"];
                    };
                };
                /** @description Not allowed: a role or a right the caller lacks, or a deactivated account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error403"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error404"];
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error413"];
                    };
                };
                /** @description The body is not JSON (or a type the route takes) or not UTF-8 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error415"];
                    };
                };
                /** @description Relais failed (logged) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error500"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error400: {
            error: {
                /** @enum {string} */
                code: "validation_failed" | "bad_request" | "unknown_action" | "too_deeply_nested" | "too_many_items" | "malformed_json" | "invalid_text" | "audience_ambiguous" | "audience_unknown" | "audience_empty" | "test_needs_person";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error401: {
            error: {
                /** @enum {string} */
                code: "unauthenticated";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error403: {
            error: {
                /** @enum {string} */
                code: "forbidden" | "csrf_failed" | "charter_pending";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error404: {
            error: {
                /** @enum {string} */
                code: "not_found";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error409: {
            error: {
                /** @enum {string} */
                code: "conflict" | "no_chat_account";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error413: {
            error: {
                /** @enum {string} */
                code: "payload_too_large";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error415: {
            error: {
                /** @enum {string} */
                code: "unsupported_media_type";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error422: {
            error: {
                /** @enum {string} */
                code: "conversation_unreachable" | "platform_rejected";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error429: {
            error: {
                /** @enum {string} */
                code: "rate_limited";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error500: {
            error: {
                /** @enum {string} */
                code: "config_invalid" | "internal";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
        Error503: {
            error: {
                /** @enum {string} */
                code: "platform_unavailable";
                details?: unknown;
                fields?: {
                    /** @enum {string} */
                    code: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "invalid_type" | "invalid_format" | "invalid_value" | "unknown_field" | "one_language_required" | "duplicate" | "in_the_past" | "calendar_date" | "time_zone" | "time_zone_required" | "audience_required" | "audience_or_conversation" | "department_or_site_required" | "scope_not_allowed" | "scope_format" | "correct_option_required" | "one_correct_option" | "options_required" | "options_not_allowed" | "multiple_choice_only" | "more_than_options" | "anonymous_no_voter_options" | "template_or_questions" | "earlier_step_required" | "schedule_unknown" | "schedule_duration" | "schedule_too_long" | "schedule_time" | "schedule_day_zero" | "schedule_too_many_days" | "schedule_week_zero" | "schedule_too_many_weeks" | "schedule_weekday" | "remind_every" | "invalid";
                    message: string;
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
