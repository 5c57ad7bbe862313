
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'vpnmine' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'vpnmine'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'vpnmine' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('servers', 'servers', [CompletionResultType]::ParameterValue, 'List and manage mining servers')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Run the bundled platform backend (GraphQL over HTTP on SQLite)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'The API itself: raw GraphQL queries, the operation table and the schema')
            [CompletionResult]::new('analytics', 'analytics', [CompletionResultType]::ParameterValue, 'Network-wide analytics over a time window')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Your own connections: sessions and dashboard')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Other users'' dashboards (admins; users may read their own)')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Admin views: dashboard, system health, security, audit, withdrawals')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff); a copy is committed as man/vpnmine.1')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in and out, and show or refresh the session')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Profiles and settings in config.toml')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Live metrics from the platform')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'Report this host''s metrics as a server''s heartbeat, on an interval, and the VPN connections a core''s hook writes (--sessions-from)')
            [CompletionResult]::new('mining', 'mining', [CompletionResultType]::ParameterValue, 'Start mining, claim rewards and change mining settings')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Export detailed statistics to a verified file (for cron jobs and scripts)')
            [CompletionResult]::new('uuids', 'uuids', [CompletionResultType]::ParameterValue, 'Validate and migrate users'' VLESS/REALITY UUIDs (admins)')
            [CompletionResult]::new('wallet', 'wallet', [CompletionResultType]::ParameterValue, 'Your tokens: balance, ledger history and withdrawals')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Alert rules, what fired, and where notifications go (operators and admins)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Generate REALITY and WireGuard keys, UUIDs and shortIds on this machine (no platform)')
            [CompletionResult]::new('exporter', 'exporter', [CompletionResultType]::ParameterValue, 'Serve the platform''s servers, network and token figures to Prometheus (GET /metrics), polled on an interval')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the platform: endpoint, TLS, clock, token, rate limit, and which commands its schema supports')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'A live full-screen view of the network: servers, load, alerts (q quits)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;servers' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mining servers, filtered and sorted, one page or all of them')
            [CompletionResult]::new('by-protocol', 'by-protocol', [CompletionResultType]::ParameterValue, 'List every server offering a protocol (mining or not), in the order asked for')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Show a server''s metrics over time, one row per bucket (owner and admins)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn mining on for a server you own (admins: any)')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Manage a server''s protocol endpoints')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Change a server''s identity, maintenance state or free-form settings')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a server: operators their own, admins for any operator (--owner)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a server''s host name, public IP, location or capacity (owner or admins)')
            [CompletionResult]::new('decommission', 'decommission', [CompletionResultType]::ParameterValue, 'Retire a server for good: history kept, no heartbeats, claims or mining afterwards')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Issue, list and revoke the tokens a server''s agent reports with')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;servers;list' {
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'Only servers offering this protocol')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Only servers in this region (e.g. eu-west)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--mining-enabled', '--mining-enabled', [CompletionResultType]::ParameterName, 'Only servers with mining on (true) or off (false)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Host name contains this text')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only servers of this operator (user id)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (host-name when omitted)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--mining-only', '--mining-only', [CompletionResultType]::ParameterName, 'With --protocol: only mining-enabled servers, as one unpaginated list by host name')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort descending')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;by-protocol' {
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list (location when omitted)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;metrics' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of the window: RFC 3339, a date, or relative (-7d, 24h)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of the window (after --from): RFC 3339, a date, relative, or now')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Bucket width: 1m, 5m, 1h or 1d (omitted: the finest giving at most ~500 rows)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Draw CPU, memory, network and latency over the window as line charts (on a terminal; elsewhere, and with -o json/csv, the table''s rows)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;enable' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;protocol' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a server''s protocol endpoints, secrets redacted unless --reveal (owner or admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one protocol endpoint of a server (owner or admins)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print a user''s client share link (vless, reality) or WireGuard config for a server')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace one protocol endpoint of a server, its configuration validated first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;servers;protocol;show' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the secrets (the server''s owner and admins only)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;protocol;remove' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The protocol of the endpoint to remove')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;protocol;link' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The endpoint''s protocol')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Whose link (a user id). Omitted: yours')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'Draw the link as a QR code (on a terminal only)')
            [CompletionResult]::new('--generate-key', '--generate-key', [CompletionResultType]::ParameterName, 'WireGuard: fill in a freshly generated client private key and print its public key')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;protocol;set' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The protocol of the endpoint')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The endpoint''s port, 1-65535, unique on the server')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The protocol''s configuration: a JSON file, or - for stdin')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Enable the endpoint (the default)')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Disable the endpoint')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;protocol;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a server''s protocol endpoints, secrets redacted unless --reveal (owner or admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one protocol endpoint of a server (owner or admins)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print a user''s client share link (vless, reality) or WireGuard config for a server')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace one protocol endpoint of a server, its configuration validated first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;servers;protocol;help;show' {
            break
        }
        'vpnmine;servers;protocol;help;remove' {
            break
        }
        'vpnmine;servers;protocol;help;link' {
            break
        }
        'vpnmine;servers;protocol;help;set' {
            break
        }
        'vpnmine;servers;protocol;help;help' {
            break
        }
        'vpnmine;servers;configure' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Settings to merge: a JSON object in a file, or - for stdin')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'One setting, KEY=VALUE (repeatable); VALUE is JSON when it parses, else a string; `null` removes the key')
            [CompletionResult]::new('--host-name', '--host-name', [CompletionResultType]::ParameterName, 'New host name (a DNS name, stored lowercase)')
            [CompletionResult]::new('--public-ip', '--public-ip', [CompletionResultType]::ParameterName, 'New public IP address (IPv4 or IPv6)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'New region, e.g. eu-west')
            [CompletionResult]::new('--maintenance', '--maintenance', [CompletionResultType]::ParameterName, 'Take the server out of service (on) or return it (off)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;register' {
            [CompletionResult]::new('--host-name', '--host-name', [CompletionResultType]::ParameterName, 'The server''s DNS name, unique on the platform (stored lowercase)')
            [CompletionResult]::new('--public-ip', '--public-ip', [CompletionResultType]::ParameterName, 'The address clients connect to (IPv4 or IPv6)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Region, e.g. eu-west')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'The most concurrent connections offered (1-1000000)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owning account (admins only): an active operator or admin. Omitted: you')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;update' {
            [CompletionResult]::new('--host-name', '--host-name', [CompletionResultType]::ParameterName, 'New host name (a DNS name, stored lowercase)')
            [CompletionResult]::new('--public-ip', '--public-ip', [CompletionResultType]::ParameterName, 'New public IP address (IPv4 or IPv6)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'New region, e.g. eu-west')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'New capacity: the most concurrent connections (1-1000000)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;decommission' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask: needed without a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;token' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Issue a token that lets this server''s agent report for it, and nothing else')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a server''s live agent tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an agent token at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;servers;token;create' {
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When it expires: a length of time from now (90d, 12h), a date (RFC 3339), or `never`')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name to tell tokens apart (unique among the server''s live tokens)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;token;list' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;token;revoke' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;servers;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Issue a token that lets this server''s agent report for it, and nothing else')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a server''s live agent tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an agent token at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;servers;token;help;create' {
            break
        }
        'vpnmine;servers;token;help;list' {
            break
        }
        'vpnmine;servers;token;help;revoke' {
            break
        }
        'vpnmine;servers;token;help;help' {
            break
        }
        'vpnmine;servers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mining servers, filtered and sorted, one page or all of them')
            [CompletionResult]::new('by-protocol', 'by-protocol', [CompletionResultType]::ParameterValue, 'List every server offering a protocol (mining or not), in the order asked for')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Show a server''s metrics over time, one row per bucket (owner and admins)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn mining on for a server you own (admins: any)')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Manage a server''s protocol endpoints')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Change a server''s identity, maintenance state or free-form settings')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a server: operators their own, admins for any operator (--owner)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a server''s host name, public IP, location or capacity (owner or admins)')
            [CompletionResult]::new('decommission', 'decommission', [CompletionResultType]::ParameterValue, 'Retire a server for good: history kept, no heartbeats, claims or mining afterwards')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Issue, list and revoke the tokens a server''s agent reports with')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;servers;help;list' {
            break
        }
        'vpnmine;servers;help;by-protocol' {
            break
        }
        'vpnmine;servers;help;metrics' {
            break
        }
        'vpnmine;servers;help;enable' {
            break
        }
        'vpnmine;servers;help;protocol' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a server''s protocol endpoints, secrets redacted unless --reveal (owner or admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one protocol endpoint of a server (owner or admins)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print a user''s client share link (vless, reality) or WireGuard config for a server')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace one protocol endpoint of a server, its configuration validated first')
            break
        }
        'vpnmine;servers;help;protocol;show' {
            break
        }
        'vpnmine;servers;help;protocol;remove' {
            break
        }
        'vpnmine;servers;help;protocol;link' {
            break
        }
        'vpnmine;servers;help;protocol;set' {
            break
        }
        'vpnmine;servers;help;configure' {
            break
        }
        'vpnmine;servers;help;register' {
            break
        }
        'vpnmine;servers;help;update' {
            break
        }
        'vpnmine;servers;help;decommission' {
            break
        }
        'vpnmine;servers;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Issue a token that lets this server''s agent report for it, and nothing else')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a server''s live agent tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an agent token at once')
            break
        }
        'vpnmine;servers;help;token;create' {
            break
        }
        'vpnmine;servers;help;token;list' {
            break
        }
        'vpnmine;servers;help;token;revoke' {
            break
        }
        'vpnmine;servers;help;help' {
            break
        }
        'vpnmine;server' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port). Binds loopback by default')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (created when missing), or `:memory:`')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A PostgreSQL database to run the platform on instead of `--db`: postgres://USER@HOST/DB (a password is better given in PGPASSWORD). Several servers may serve one database, each counting its own rate limits (README: "Running several replicas"). Back it up with pg_dump: --backup-dir and --backup-every copy a SQLite file')
            [CompletionResult]::new('--demo-scale', '--demo-scale', [CompletionResultType]::ParameterName, 'Size multiplier of the demo network (1 = 300 servers, 3,000 users)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the demo network''s random generator')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests per minute per caller and user type, e.g. FREE=300,PREMIUM=1200,ADMIN=12000 (0 = unlimited), or `off`')
            [CompletionResult]::new('--max-concurrent', '--max-concurrent', [CompletionResultType]::ParameterName, 'Operations one caller (an account, or an address when anonymous) may run at once over HTTP and WebSocket together; more are refused with 429 / RTE_001 (0 = unlimited)')
            [CompletionResult]::new('--max-sockets', '--max-sockets', [CompletionResultType]::ParameterName, 'WebSockets one caller may hold open; more are refused with 429 (0 = unlimited)')
            [CompletionResult]::new('--ws-init-timeout', '--ws-init-timeout', [CompletionResultType]::ParameterName, 'How long a new WebSocket may take to send `connection_init` before it is closed (4408)')
            [CompletionResult]::new('--ws-max-message', '--ws-max-message', [CompletionResultType]::ParameterName, 'Largest WebSocket message accepted, in bytes; larger ones close the socket (1009)')
            [CompletionResult]::new('--simulate', '--simulate', [CompletionResultType]::ParameterName, 'Simulate the demo network''s agents: every server in service reports a heartbeat this often (e.g. 1s, 5s); 0 turns it off')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log lines on stderr: `text`, or `json`: one object per line in the platform''s LogEntry shape, timestamp, level, service, message, context {requestId, userId, serverId, operation, status, duration in ms}, metadata {environment from VPNMINE_ENVIRONMENT, version, region from VPNMINE_REGION}. `auto`: text on a terminal, else json. SQL statements slower than VPNMINE_SLOW_STATEMENT_MS (default 1000) are logged at WARN, except the bulk SQL of migrations and the demo seed')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The URL clients reach this server at (e.g. https://vpn.example.net): the base of export download links')
            [CompletionResult]::new('--export-dir', '--export-dir', [CompletionResultType]::ParameterName, 'Directory of export files and the key their links are signed with; replicas on one database share one, so that any answers any link [default: `exports` beside the database file, or vpnmine-exports in the temporary directory for :memory: and --database-url]')
            [CompletionResult]::new('--export-quota', '--export-quota', [CompletionResultType]::ParameterName, 'Most bytes the export directory may hold (e.g. 1GiB, 500MB), or `off`; an export that would pass it is refused (RTE_001) until older exports expire')
            [CompletionResult]::new('--lockout-after', '--lockout-after', [CompletionResultType]::ParameterName, 'Failed logins for one username (within --lockout-window) that lock it; 0 turns the lockout off. Unknown usernames are locked the same way')
            [CompletionResult]::new('--lockout-window', '--lockout-window', [CompletionResultType]::ParameterName, 'How far back failed logins count towards a lockout (e.g. 15m, 1h)')
            [CompletionResult]::new('--lockout-for', '--lockout-for', [CompletionResultType]::ParameterName, 'How long a locked username is refused (e.g. 15m, 30s)')
            [CompletionResult]::new('--max-sessions', '--max-sessions', [CompletionResultType]::ParameterName, 'Sessions (logins) one account may hold at once; a login beyond it revokes the account''s oldest sessions. 0: unlimited')
            [CompletionResult]::new('--password-min-length', '--password-min-length', [CompletionResultType]::ParameterName, 'Fewest characters of a new password (accounts created, reset or changed through the API); new passwords may also not contain the username nor be a common password')
            [CompletionResult]::new('--minimum-claim', '--minimum-claim', [CompletionResultType]::ParameterName, 'The platform''s smallest claim, in tokens (operators may set a higher one per server)')
            [CompletionResult]::new('--claim-cooldown', '--claim-cooldown', [CompletionResultType]::ParameterName, 'Time that must pass between two claims of one server (e.g. 24h, 30m; 0 for none)')
            [CompletionResult]::new('--daily-emission', '--daily-emission', [CompletionResultType]::ParameterName, 'Most tokens all claims together may mint per UTC day (at most six decimals), or `off` for no cap. A claim that does not fit in what is left is refused whole (BUDGET, exit 5 in `mining claim`) until the next UTC midnight')
            [CompletionResult]::new('--withdrawal-minimum', '--withdrawal-minimum', [CompletionResultType]::ParameterName, 'The smallest withdrawal, in tokens (fee included)')
            [CompletionResult]::new('--withdrawal-fee', '--withdrawal-fee', [CompletionResultType]::ParameterName, 'The flat part of a withdrawal''s fee, in tokens; the destination receives the amount minus the fee, and a fee that would take it all is refused')
            [CompletionResult]::new('--withdrawal-fee-percent', '--withdrawal-fee-percent', [CompletionResultType]::ParameterName, 'The percentage part of a withdrawal''s fee (e.g. 1, 0.25%), rounded once to the micro-token')
            [CompletionResult]::new('--withdrawal-daily-limit', '--withdrawal-daily-limit', [CompletionResultType]::ParameterName, 'Most tokens one account may request per UTC day (requests not rejected or cancelled), or `off`; a request beyond it is refused for now (RTE_001, retry tomorrow)')
            [CompletionResult]::new('--withdrawal-address-format', '--withdrawal-address-format', [CompletionResultType]::ParameterName, 'What a withdrawal''s destination must be: `evm` (0x + 40 hex digits, the EIP-55 checksum checked when mixed case) or `any` (1-128 printable characters, no spaces)')
            [CompletionResult]::new('--webhook-attempts', '--webhook-attempts', [CompletionResultType]::ParameterName, 'Attempts of an alert webhook before its delivery is marked DEAD (1-10)')
            [CompletionResult]::new('--webhook-backoff', '--webhook-backoff', [CompletionResultType]::ParameterName, 'The wait after an alert webhook''s first failed attempt (e.g. 1s, 30s); it doubles after each failure, up to 5m, stretched by up to 25 % at random')
            [CompletionResult]::new('--webhook-timeout', '--webhook-timeout', [CompletionResultType]::ParameterName, 'How long one alert webhook POST may take before the attempt fails')
            [CompletionResult]::new('--backup-dir', '--backup-dir', [CompletionResultType]::ParameterName, 'Where the server''s backups go (scheduled ones and `admin backup create`) [default: `backups` beside the database file]')
            [CompletionResult]::new('--backup-every', '--backup-every', [CompletionResultType]::ParameterName, 'Take a backup this often while serving (e.g. 6h, 30m), named vpnmine-<UTC time>.vpnbak in --backup-dir; failures are logged and make `systemHealth`''s "backups" DEGRADED')
            [CompletionResult]::new('--backup-keep', '--backup-keep', [CompletionResultType]::ParameterName, 'Scheduled backups to keep: after each one, the oldest beyond this are removed')
            [CompletionResult]::new('--retain-raw', '--retain-raw', [CompletionResultType]::ParameterName, 'How long metric samples stay raw; older hours are rolled up to one row per server and hour (its sums and sample count), which every query keeps using')
            [CompletionResult]::new('--retain-auth-events', '--retain-auth-events', [CompletionResultType]::ParameterName, 'How long login attempts (securityMetrics, AUDIT_LOG exports) are kept')
            [CompletionResult]::new('--retain-audit', '--retain-audit', [CompletionResultType]::ParameterName, 'How long the audit trail of mutations is kept')
            [CompletionResult]::new('--retain-deliveries', '--retain-deliveries', [CompletionResultType]::ParameterName, 'How long delivered alert webhook deliveries (and their attempts) are kept')
            [CompletionResult]::new('--retain-dead-deliveries', '--retain-dead-deliveries', [CompletionResultType]::ParameterName, 'How long alert webhook deliveries that gave up (DEAD) are kept')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Seed the demo network into an empty database; an existing demo network is brought up to now (its simulated servers'' heartbeats since it last ran, at most 14 days of them)')
            [CompletionResult]::new('--trust-proxy', '--trust-proxy', [CompletionResultType]::ParameterName, 'Build links from the scheme and host a reverse proxy forwards (Forwarded, X-Forwarded-Proto, X-Forwarded-Host). Only behind a proxy that sets them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the first admin of a new platform''s database (created if missing)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Take a backup of a database (while a server serves it), or verify one')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup over a database (verified first; the server must be stopped)')
            [CompletionResult]::new('copy-store', 'copy-store', [CompletionResultType]::ParameterValue, 'Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and ledger totals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;server;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (created when missing), or `:memory:`')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A PostgreSQL database to run the platform on instead of `--db`: postgres://USER@HOST/DB (a password is better given in PGPASSWORD). Several servers may serve one database, each counting its own rate limits (README: "Running several replicas"). Back it up with pg_dump: --backup-dir and --backup-every copy a SQLite file')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'The admin''s username: 1-64 ASCII letters, digits and ._-@')
            [CompletionResult]::new('--password-min-length', '--password-min-length', [CompletionResultType]::ParameterName, 'Fewest characters of the password (as `vpnmine server --password-min-length`)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin (for scripts)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;server;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file to back up')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The backup file to write (replaced if it exists)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'zstd compression level, -7 to 19: higher is smaller and slower; negative levels are zstd''s fast levels (`zstd --fast=N`)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;server;backup;verify' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;server;backup;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;server;backup;help;verify' {
            break
        }
        'vpnmine;server;backup;help;help' {
            break
        }
        'vpnmine;server;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file to replace (created when missing)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;server;copy-store' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The SQLite database to copy: sqlite:PATH')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The empty PostgreSQL database to fill: postgres://USER@HOST[:PORT]/DB (a password is better passed in PGPASSWORD than in the URL, where other users may see it)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;server;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the first admin of a new platform''s database (created if missing)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Take a backup of a database (while a server serves it), or verify one')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup over a database (verified first; the server must be stopped)')
            [CompletionResult]::new('copy-store', 'copy-store', [CompletionResultType]::ParameterValue, 'Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and ledger totals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;server;help;init' {
            break
        }
        'vpnmine;server;help;backup' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts')
            break
        }
        'vpnmine;server;help;backup;verify' {
            break
        }
        'vpnmine;server;help;restore' {
            break
        }
        'vpnmine;server;help;copy-store' {
            break
        }
        'vpnmine;server;help;help' {
            break
        }
        'vpnmine;api' {
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A variable: NAME=VALUE, VALUE as JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A variable: NAME=VALUE, VALUE as JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Follow every page: repeat QUERY with $page = 1, 2, ... and merge the `items` arrays')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('operations', 'operations', [CompletionResultType]::ParameterValue, 'Every root field with its operation document and command')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;api;operations' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;api;schema' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;api;help' {
            [CompletionResult]::new('operations', 'operations', [CompletionResultType]::ParameterValue, 'Every root field with its operation document and command')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;api;help;operations' {
            break
        }
        'vpnmine;api;help;schema' {
            break
        }
        'vpnmine;api;help;help' {
            break
        }
        'vpnmine;analytics' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Network totals over a window and the best-performing servers in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;analytics;network' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -1d, 24h')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of the window (same forms as --from); must be after --from')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the network''s CPU, memory, throughput and latency over the window as line charts (on a terminal; elsewhere, and with -o json/csv, the same points as data)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;analytics;help' {
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Network totals over a window and the best-performing servers in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;analytics;help;network' {
            break
        }
        'vpnmine;analytics;help;help' {
            break
        }
        'vpnmine;me' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Your VPN sessions in a window, newest first: one page, or all of them with --all')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Your current connection, recent connections and 30-day averages')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Rate one of your ended connections once: 1-5 stars and an optional comment. Find the session ids with `vpnmine me stats`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;me;stats' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -30d')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of the window (same forms as --from); must be after --from')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;me;dashboard' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;me;rate' {
            [CompletionResult]::new('--stars', '--stars', [CompletionResultType]::ParameterName, '1 (poor) to 5 (excellent)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A few words on the connection (at most 500 characters)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;me;help' {
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Your VPN sessions in a window, newest first: one page, or all of them with --all')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Your current connection, recent connections and 30-day averages')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Rate one of your ended connections once: 1-5 stars and an optional comment. Find the session ids with `vpnmine me stats`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;me;help;stats' {
            break
        }
        'vpnmine;me;help;dashboard' {
            break
        }
        'vpnmine;me;help;rate' {
            break
        }
        'vpnmine;me;help;help' {
            break
        }
        'vpnmine;users' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts (admins): filter by role, user type, status or a search text')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account (admins), deleted ones included')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account (admins) with a fresh VLESS client id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an account''s role and/or user type (admins)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an account (admins): it cannot log in, and its tokens are revoked at once')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled account again (admins)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account (admins): tokens revoked, login refused, ledger and history kept')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for an account (admins); its sessions are logged out')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create many accounts from a CSV file (admins), in batches written all or nothing')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'One user''s dashboard: account, open session, statistics and mining. Your own, or anyone''s with the admin role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;users;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'User type (rate-limit class)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Omitted: active and disabled accounts')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'A part of the username (any case), or an exact id (up to 64 characters)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;show' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'User type [default: admin for admins, free otherwise]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;update' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;disable' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;enable' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;delete' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;reset-password' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;import' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The CSV file (header: username,role[,user_type][,password])')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report what would happen; write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;dashboard' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts (admins): filter by role, user type, status or a search text')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account (admins), deleted ones included')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account (admins) with a fresh VLESS client id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an account''s role and/or user type (admins)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an account (admins): it cannot log in, and its tokens are revoked at once')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled account again (admins)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account (admins): tokens revoked, login refused, ledger and history kept')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for an account (admins); its sessions are logged out')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create many accounts from a CSV file (admins), in batches written all or nothing')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'One user''s dashboard: account, open session, statistics and mining. Your own, or anyone''s with the admin role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;users;help;list' {
            break
        }
        'vpnmine;users;help;show' {
            break
        }
        'vpnmine;users;help;create' {
            break
        }
        'vpnmine;users;help;update' {
            break
        }
        'vpnmine;users;help;disable' {
            break
        }
        'vpnmine;users;help;enable' {
            break
        }
        'vpnmine;users;help;delete' {
            break
        }
        'vpnmine;users;help;reset-password' {
            break
        }
        'vpnmine;users;help;import' {
            break
        }
        'vpnmine;users;help;dashboard' {
            break
        }
        'vpnmine;users;help;help' {
            break
        }
        'vpnmine;admin' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The network at a glance: overview, top servers, top users, token metrics and the token economy')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'The platform''s health: overall status, each component, and service counters')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Authentication counts, security incidents and protocol vulnerabilities in a window')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: every mutation made on the platform (but agents'' heartbeats and logins), newest first, with who made it, its target ids, request id and result')
            [CompletionResult]::new('economy', 'economy', [CompletionResultType]::ParameterValue, 'The token economy: supply, circulation, spending, payouts, fees, held and pending withdrawals, and today''s emission against the daily budget')
            [CompletionResult]::new('withdrawals', 'withdrawals', [CompletionResultType]::ParameterValue, 'Withdrawals of every account: list them, approve, reject, or mark them paid')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'The server''s own backups in its backup folder: take one now, or list them')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'The database''s tables and sizes, the retentions, and what the retention pass (hourly while serving) rolls up and deletes; `run` runs a pass now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;admin;dashboard' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;health' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;security' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -1d, 24h')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of the window (same forms as --from); must be after --from')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;audit' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -7d')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of the window (same forms as --from); must be after --from')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only mutations of this account (a user id or a username)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only this mutation: its root field name, e.g. claimMiningRewards')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;economy' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;withdrawals' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Withdrawals, newest first')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a pending withdrawal (it stays held until paid or rejected)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a pending or approved withdrawal with a reason; its hold is released')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Mark an approved withdrawal paid under the transfer''s reference: releases the hold, charges the fee and records the payout at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;admin;withdrawals;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only withdrawals in this state')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account''s withdrawals (a user id)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;withdrawals;approve' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;withdrawals;reject' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (shown to the account; 1-256 characters)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;withdrawals;pay' {
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'The payout''s reference, e.g. the transaction hash (1-256 characters)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;withdrawals;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Withdrawals, newest first')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a pending withdrawal (it stays held until paid or rejected)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a pending or approved withdrawal with a reason; its hold is released')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Mark an approved withdrawal paid under the transfer''s reference: releases the hold, charges the fee and records the payout at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;admin;withdrawals;help;list' {
            break
        }
        'vpnmine;admin;withdrawals;help;approve' {
            break
        }
        'vpnmine;admin;withdrawals;help;reject' {
            break
        }
        'vpnmine;admin;withdrawals;help;pay' {
            break
        }
        'vpnmine;admin;withdrawals;help;help' {
            break
        }
        'vpnmine;admin;backup' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a backup now, while the server serves, into its backup folder: a consistent snapshot, compressed, with a manifest (schema version, row counts, SHA-256)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The backups in the server''s backup folder, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;admin;backup;create' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;backup;list' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;backup;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a backup now, while the server serves, into its backup folder: a consistent snapshot, compressed, with a manifest (schema version, row counts, SHA-256)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The backups in the server''s backup folder, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;admin;backup;help;create' {
            break
        }
        'vpnmine;admin;backup;help;list' {
            break
        }
        'vpnmine;admin;backup;help;help' {
            break
        }
        'vpnmine;admin;maintenance' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Tables with rows and bytes, the retentions, and what the next pass would do (default)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a retention pass now (audited), and show what it did')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;admin;maintenance;show' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;maintenance;run' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;admin;maintenance;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Tables with rows and bytes, the retentions, and what the next pass would do (default)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a retention pass now (audited), and show what it did')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;admin;maintenance;help;show' {
            break
        }
        'vpnmine;admin;maintenance;help;run' {
            break
        }
        'vpnmine;admin;maintenance;help;help' {
            break
        }
        'vpnmine;admin;help' {
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The network at a glance: overview, top servers, top users, token metrics and the token economy')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'The platform''s health: overall status, each component, and service counters')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Authentication counts, security incidents and protocol vulnerabilities in a window')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: every mutation made on the platform (but agents'' heartbeats and logins), newest first, with who made it, its target ids, request id and result')
            [CompletionResult]::new('economy', 'economy', [CompletionResultType]::ParameterValue, 'The token economy: supply, circulation, spending, payouts, fees, held and pending withdrawals, and today''s emission against the daily budget')
            [CompletionResult]::new('withdrawals', 'withdrawals', [CompletionResultType]::ParameterValue, 'Withdrawals of every account: list them, approve, reject, or mark them paid')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'The server''s own backups in its backup folder: take one now, or list them')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'The database''s tables and sizes, the retentions, and what the retention pass (hourly while serving) rolls up and deletes; `run` runs a pass now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;admin;help;dashboard' {
            break
        }
        'vpnmine;admin;help;health' {
            break
        }
        'vpnmine;admin;help;security' {
            break
        }
        'vpnmine;admin;help;audit' {
            break
        }
        'vpnmine;admin;help;economy' {
            break
        }
        'vpnmine;admin;help;withdrawals' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Withdrawals, newest first')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a pending withdrawal (it stays held until paid or rejected)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a pending or approved withdrawal with a reason; its hold is released')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Mark an approved withdrawal paid under the transfer''s reference: releases the hold, charges the fee and records the payout at once')
            break
        }
        'vpnmine;admin;help;withdrawals;list' {
            break
        }
        'vpnmine;admin;help;withdrawals;approve' {
            break
        }
        'vpnmine;admin;help;withdrawals;reject' {
            break
        }
        'vpnmine;admin;help;withdrawals;pay' {
            break
        }
        'vpnmine;admin;help;backup' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a backup now, while the server serves, into its backup folder: a consistent snapshot, compressed, with a manifest (schema version, row counts, SHA-256)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The backups in the server''s backup folder, newest first')
            break
        }
        'vpnmine;admin;help;backup;create' {
            break
        }
        'vpnmine;admin;help;backup;list' {
            break
        }
        'vpnmine;admin;help;maintenance' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Tables with rows and bytes, the retentions, and what the next pass would do (default)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a retention pass now (audited), and show what it did')
            break
        }
        'vpnmine;admin;help;maintenance;show' {
            break
        }
        'vpnmine;admin;help;maintenance;run' {
            break
        }
        'vpnmine;admin;help;help' {
            break
        }
        'vpnmine;man' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;completions' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;auth' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to the platform and store the session for the profile in force')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the session in force: endpoint, profile, user, role, where the token is kept')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out: revoke the session on the platform and delete the stored credentials')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the access token, for scripts (refreshed first if it has expired)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Exchange the refresh token for a new pair now, and store it')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List your sessions (logins), or revoke them; admins: any account''s with --user')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password: the current one is required; your other sessions are logged out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;auth;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account name (prompted for on a terminal when omitted)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name (prompted for on a terminal when omitted)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read an access token from stdin and store it as is (it cannot be refreshed)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (its first line), for scripted logins; needs --username')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;auth;status' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;auth;logout' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;auth;token' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;auth;refresh' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;auth;sessions' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Another account''s sessions (admins): with `list` and `revoke --others`')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active sessions, newest first (the default); `current` marks this one')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a session by id, or every session but this one with --others')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;auth;sessions;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Another account''s sessions (admins): with `list` and `revoke --others`')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;auth;sessions;revoke' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Another account''s sessions (admins): with `list` and `revoke --others`')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--others', '--others', [CompletionResultType]::ParameterName, 'Revoke all your other sessions (with --user: all of that account''s)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;auth;sessions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active sessions, newest first (the default); `current` marks this one')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a session by id, or every session but this one with --others')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;auth;sessions;help;list' {
            break
        }
        'vpnmine;auth;sessions;help;revoke' {
            break
        }
        'vpnmine;auth;sessions;help;help' {
            break
        }
        'vpnmine;auth;passwd' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the current password (first line) and the new one (second line) from stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to the platform and store the session for the profile in force')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the session in force: endpoint, profile, user, role, where the token is kept')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out: revoke the session on the platform and delete the stored credentials')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the access token, for scripts (refreshed first if it has expired)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Exchange the refresh token for a new pair now, and store it')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List your sessions (logins), or revoke them; admins: any account''s with --user')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password: the current one is required; your other sessions are logged out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;auth;help;login' {
            break
        }
        'vpnmine;auth;help;status' {
            break
        }
        'vpnmine;auth;help;logout' {
            break
        }
        'vpnmine;auth;help;token' {
            break
        }
        'vpnmine;auth;help;refresh' {
            break
        }
        'vpnmine;auth;help;sessions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active sessions, newest first (the default); `current` marks this one')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a session by id, or every session but this one with --others')
            break
        }
        'vpnmine;auth;help;sessions;list' {
            break
        }
        'vpnmine;auth;help;sessions;revoke' {
            break
        }
        'vpnmine;auth;help;passwd' {
            break
        }
        'vpnmine;auth;help;help' {
            break
        }
        'vpnmine;config' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting of the profile in force (or a top-level one)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting, validated, and write config.toml atomically')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting of every profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;config;get' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;config;set' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;config;list' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting of the profile in force (or a top-level one)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting, validated, and write config.toml atomically')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting of every profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;config;help;get' {
            break
        }
        'vpnmine;config;help;set' {
            break
        }
        'vpnmine;config;help;list' {
            break
        }
        'vpnmine;config;help;help' {
            break
        }
        'vpnmine;metrics' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow live metrics: the whole network, or one server with --server')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;metrics;watch' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Only this server (realTimeMetrics: its owner or an admin)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many updates')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (e.g. 30s, 5m, 1h)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;metrics;help' {
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow live metrics: the whole network, or one server with --server')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;metrics;help;watch' {
            break
        }
        'vpnmine;metrics;help;help' {
            break
        }
        'vpnmine;agent' {
            [CompletionResult]::new('--server-id', '--server-id', [CompletionResultType]::ParameterName, 'The server this host is (its owner''s or an admin''s login, or an agent token of it)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Report with the agent token in this file (trimmed) instead of the profile''s login')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between heartbeats (at least 1s)')
            [CompletionResult]::new('--sessions-from', '--sessions-from', [CompletionResultType]::ParameterName, 'Also send the connection events of this NDJSON file (- for stdin); see below')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Send one heartbeat and exit (with --sessions-from: after sending every event)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;mining' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Open a mining activity on a server you own (admins: any); returns the open activity')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a server''s mining: close its open activity (owner or admins)')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Change a server''s mining settings; without options, show them')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim the accrued rewards of servers, one row per server')
            [CompletionResult]::new('earnings', 'earnings', [CompletionResultType]::ParameterValue, 'An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and net, per server, day, week or month, with the balance at the start and the end')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;mining;start' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;mining;stop' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;mining;configure' {
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Rate multiplier, 0.1-2.0')
            [CompletionResult]::new('--minimum-claim', '--minimum-claim', [CompletionResultType]::ParameterName, 'Smallest amount a claim pays out (at least the platform minimum)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Turn mining on')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Turn mining off (closes the open activity; unclaimed rewards stay claimable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;mining;claim' {
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key for a claim on one server (1-128 characters); reuse it to retry safely across runs')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every server of the logged-in operator')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;mining;earnings' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of the period: RFC 3339, a date, now/today/yesterday, or an offset like -30d [default: the beginning]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of the period, excluded (same forms as --from)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'How to group the entries')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Another account''s statement (admins): its id, or `platform`')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;mining;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Open a mining activity on a server you own (admins: any); returns the open activity')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a server''s mining: close its open activity (owner or admins)')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Change a server''s mining settings; without options, show them')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim the accrued rewards of servers, one row per server')
            [CompletionResult]::new('earnings', 'earnings', [CompletionResultType]::ParameterValue, 'An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and net, per server, day, week or month, with the balance at the start and the end')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;mining;help;start' {
            break
        }
        'vpnmine;mining;help;stop' {
            break
        }
        'vpnmine;mining;help;configure' {
            break
        }
        'vpnmine;mining;help;claim' {
            break
        }
        'vpnmine;mining;help;earnings' {
            break
        }
        'vpnmine;mining;help;help' {
            break
        }
        'vpnmine;stats' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export detailed statistics to a file (or stdout), verified by size and SHA-256')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;stats;export' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of the window: RFC 3339, a date, or relative (-1d, 24h)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of the window (after --from): RFC 3339, a date, relative, or now')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only these kinds (comma-separated or repeated) [default: every kind you may export]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the export: a file, or - for stdout')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;stats;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export detailed statistics to a file (or stdout), verified by size and SHA-256')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;stats;help;export' {
            break
        }
        'vpnmine;stats;help;help' {
            break
        }
        'vpnmine;uuids' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check users'' UUIDs and the VLESS/REALITY client entries that reference them')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Give users new UUIDs and rewrite every configuration that references them')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Give users back the UUIDs a migration took, from its --report file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;uuids;validate' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user (repeat for more) [default: every user and configuration]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;uuids;migrate' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user (repeat for more) [default: every user]')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Users per transaction (1-10000)')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write a report of each user''s UUID before and after: FILE.csv or FILE.json')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change (with the UUIDs users would get) without changing anything')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;uuids;rollback' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The report of the migration to undo (CSV or JSON, from `uuids migrate --report`)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user of the report (repeat for more) [default: every migrated user in it]')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Users per transaction (1-10000)')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write a report of each user''s UUID before and after: FILE.csv or FILE.json')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change (with the UUIDs users would get) without changing anything')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;uuids;help' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check users'' UUIDs and the VLESS/REALITY client entries that reference them')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Give users new UUIDs and rewrite every configuration that references them')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Give users back the UUIDs a migration took, from its --report file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;uuids;help;validate' {
            break
        }
        'vpnmine;uuids;help;migrate' {
            break
        }
        'vpnmine;uuids;help;rollback' {
            break
        }
        'vpnmine;uuids;help;help' {
            break
        }
        'vpnmine;wallet' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Your balance, what is held for withdrawals, what is available, and the withdrawal rules')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Your ledger entries, newest first, each with the balance after it')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Request a withdrawal of your tokens to a destination address')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel one of your pending withdrawals (its hold is released)')
            [CompletionResult]::new('withdrawals', 'withdrawals', [CompletionResultType]::ParameterValue, 'Your withdrawals, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;wallet;balance' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;wallet;history' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only entries at or after this time: RFC 3339, a date, now/today/yesterday, or an offset like -7d [default: the first entry]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only entries before this time (same forms as --from) [default: now]')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;wallet;withdraw' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Tokens to withdraw, fee included (at most 6 decimals)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The destination address (by default an EVM address, 0x + 40 hex digits)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key (1-128 characters) [default: a new UUID]: reuse one to retry safely across runs')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;wallet;cancel' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;wallet;withdrawals' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only withdrawals in this state')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;wallet;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Your balance, what is held for withdrawals, what is available, and the withdrawal rules')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Your ledger entries, newest first, each with the balance after it')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Request a withdrawal of your tokens to a destination address')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel one of your pending withdrawals (its hold is released)')
            [CompletionResult]::new('withdrawals', 'withdrawals', [CompletionResultType]::ParameterValue, 'Your withdrawals, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;wallet;help;balance' {
            break
        }
        'vpnmine;wallet;help;history' {
            break
        }
        'vpnmine;wallet;help;withdraw' {
            break
        }
        'vpnmine;wallet;help;cancel' {
            break
        }
        'vpnmine;wallet;help;withdrawals' {
            break
        }
        'vpnmine;wallet;help;help' {
            break
        }
        'vpnmine;alerts' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Alert rules: list, show, create, update, delete, and test against the latest figures')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Alerts, newest first: yours (your servers'' and rules'') or, for admins, every one')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge an alert (firing or resolved): someone is on it. The first one stands')
            [CompletionResult]::new('silence', 'silence', [CompletionResultType]::ParameterValue, 'Hold back the notifications of a rule''s alerts or of one alert for a while')
            [CompletionResult]::new('silences', 'silences', [CompletionResultType]::ParameterValue, 'Silences you may see, the latest ending first')
            [CompletionResult]::new('unsilence', 'unsilence', [CompletionResultType]::ParameterValue, 'End a silence now')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Alerts that were firing at some time in a window (fired or resolved), newest first')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'Webhook channels that receive alerts: list, create, delete, test')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'The webhook outbox: each notification, its status and its attempts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;alerts;rules' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules (admins: all; operators: the built-in ones and their own)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one rule with its channels')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule, owned by you')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule: only the flags given change; --channel replaces the list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule and its alerts'' history (built-in rules cannot be deleted: disable them)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Read a stored rule (ID) or a new one (the flags of create) against each watched server''s latest figures. Nothing is written')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;alerts;rules;list' {
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'Only rules of this metric')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Only rules that watch this server')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only enabled rules')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled rules')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;rules;show' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;rules;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The rule''s name: 1-64 letters, digits, ''_'', ''-'' or ''.'', unique among yours')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'What it watches: cpu, memory, network-in, network-out, connections, latency, error-rate, offline-for, custom:NAME, network-connections, network-bandwidth, network-latency, network-active-users, network-token-rate, network-offline-servers.')
            [CompletionResult]::new('--op', '--op', [CompletionResultType]::ParameterName, 'How the value compares with the threshold: gt, lt, eq (or >, <, =)')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'The threshold, in the metric''s unit (percent, ms, Mbit/s, seconds, 0-1 for error-rate)')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long the condition must hold before the alert fires: 0, 90s, 5m, 2h [create: 1m]')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'info, warning or critical [create: warning]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Watch one server')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Watch every server of this operator (an account id)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel to notify (repeat for more, at most 10)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The alert''s summary template [default: rule, metric, value, server and condition]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Watch the whole network (admins), or its totals for a network-* metric')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;rules;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The rule''s name: 1-64 letters, digits, ''_'', ''-'' or ''.'', unique among yours')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'What it watches: cpu, memory, network-in, network-out, connections, latency, error-rate, offline-for, custom:NAME, network-connections, network-bandwidth, network-latency, network-active-users, network-token-rate, network-offline-servers.')
            [CompletionResult]::new('--op', '--op', [CompletionResultType]::ParameterName, 'How the value compares with the threshold: gt, lt, eq (or >, <, =)')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'The threshold, in the metric''s unit (percent, ms, Mbit/s, seconds, 0-1 for error-rate)')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long the condition must hold before the alert fires: 0, 90s, 5m, 2h [create: 1m]')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'info, warning or critical [create: warning]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Watch one server')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Watch every server of this operator (an account id)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel to notify (repeat for more, at most 10)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The alert''s summary template [default: rule, metric, value, server and condition]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Watch the whole network (admins), or its totals for a network-* metric')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Enable the rule')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Disable the rule (its firing alerts resolve)')
            [CompletionResult]::new('--no-channels', '--no-channels', [CompletionResultType]::ParameterName, 'Notify no channels')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;rules;delete' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;rules;test' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The rule''s name: 1-64 letters, digits, ''_'', ''-'' or ''.'', unique among yours')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'What it watches: cpu, memory, network-in, network-out, connections, latency, error-rate, offline-for, custom:NAME, network-connections, network-bandwidth, network-latency, network-active-users, network-token-rate, network-offline-servers.')
            [CompletionResult]::new('--op', '--op', [CompletionResultType]::ParameterName, 'How the value compares with the threshold: gt, lt, eq (or >, <, =)')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'The threshold, in the metric''s unit (percent, ms, Mbit/s, seconds, 0-1 for error-rate)')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long the condition must hold before the alert fires: 0, 90s, 5m, 2h [create: 1m]')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'info, warning or critical [create: warning]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Watch one server')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Watch every server of this operator (an account id)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel to notify (repeat for more, at most 10)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The alert''s summary template [default: rule, metric, value, server and condition]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Watch the whole network (admins), or its totals for a network-* metric')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;rules;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules (admins: all; operators: the built-in ones and their own)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one rule with its channels')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule, owned by you')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule: only the flags given change; --channel replaces the list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule and its alerts'' history (built-in rules cannot be deleted: disable them)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Read a stored rule (ID) or a new one (the flags of create) against each watched server''s latest figures. Nothing is written')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;alerts;rules;help;list' {
            break
        }
        'vpnmine;alerts;rules;help;show' {
            break
        }
        'vpnmine;alerts;rules;help;create' {
            break
        }
        'vpnmine;alerts;rules;help;update' {
            break
        }
        'vpnmine;alerts;rules;help;delete' {
            break
        }
        'vpnmine;alerts;rules;help;test' {
            break
        }
        'vpnmine;alerts;rules;help;help' {
            break
        }
        'vpnmine;alerts;list' {
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only alerts of this severity')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Only alerts of this server')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only alerts of this rule')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only firing alerts')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;ack' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Why, or what is being done (1-500 characters)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;silence' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long, from now: 30s, 15m, 2h, 1d (at most 30d)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Why (1-500 characters)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;silences' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only silences in force now')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;unsilence' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;history' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -7d')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of the window (same forms as --from)')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only alerts of this severity')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Only alerts of this server')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only alerts of this rule')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;watch' {
            [CompletionResult]::new('--min-severity', '--min-severity', [CompletionResultType]::ParameterName, 'Only events at this severity or worse')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 5 after printing the first event at this severity or worse')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many events')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (e.g. 30s, 5m, 1h)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;channels' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your channels (every channel for admins); secrets are never shown')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook channel; its secret is printed once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel, its links to rules and its deliveries')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send one signed test body to a channel now and show the answer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;alerts;channels;list' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;channels;create' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret (16-256 printable characters, no spaces) from stdin''s first line; without it, 32 random bytes in hex are generated')
            [CompletionResult]::new('--allow-insecure', '--allow-insecure', [CompletionResultType]::ParameterName, 'Allow plain http to a host other than this machine')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;channels;delete' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;channels;test' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;channels;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your channels (every channel for admins); secrets are never shown')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook channel; its secret is printed once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel, its links to rules and its deliveries')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send one signed test body to a channel now and show the answer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;alerts;channels;help;list' {
            break
        }
        'vpnmine;alerts;channels;help;create' {
            break
        }
        'vpnmine;alerts;channels;help;delete' {
            break
        }
        'vpnmine;alerts;channels;help;test' {
            break
        }
        'vpnmine;alerts;channels;help;help' {
            break
        }
        'vpnmine;alerts;deliveries' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only deliveries in this state (dead: every attempt failed)')
            [CompletionResult]::new('--alert', '--alert', [CompletionResultType]::ParameterName, 'Only the deliveries of this alert')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Only the deliveries to this channel')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Items per page (1-500) [default: 20; with --all, 500]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page); a progress bar shows on a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;alerts;help' {
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Alert rules: list, show, create, update, delete, and test against the latest figures')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Alerts, newest first: yours (your servers'' and rules'') or, for admins, every one')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge an alert (firing or resolved): someone is on it. The first one stands')
            [CompletionResult]::new('silence', 'silence', [CompletionResultType]::ParameterValue, 'Hold back the notifications of a rule''s alerts or of one alert for a while')
            [CompletionResult]::new('silences', 'silences', [CompletionResultType]::ParameterValue, 'Silences you may see, the latest ending first')
            [CompletionResult]::new('unsilence', 'unsilence', [CompletionResultType]::ParameterValue, 'End a silence now')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Alerts that were firing at some time in a window (fired or resolved), newest first')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'Webhook channels that receive alerts: list, create, delete, test')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'The webhook outbox: each notification, its status and its attempts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;alerts;help;rules' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules (admins: all; operators: the built-in ones and their own)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one rule with its channels')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule, owned by you')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule: only the flags given change; --channel replaces the list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule and its alerts'' history (built-in rules cannot be deleted: disable them)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Read a stored rule (ID) or a new one (the flags of create) against each watched server''s latest figures. Nothing is written')
            break
        }
        'vpnmine;alerts;help;rules;list' {
            break
        }
        'vpnmine;alerts;help;rules;show' {
            break
        }
        'vpnmine;alerts;help;rules;create' {
            break
        }
        'vpnmine;alerts;help;rules;update' {
            break
        }
        'vpnmine;alerts;help;rules;delete' {
            break
        }
        'vpnmine;alerts;help;rules;test' {
            break
        }
        'vpnmine;alerts;help;list' {
            break
        }
        'vpnmine;alerts;help;ack' {
            break
        }
        'vpnmine;alerts;help;silence' {
            break
        }
        'vpnmine;alerts;help;silences' {
            break
        }
        'vpnmine;alerts;help;unsilence' {
            break
        }
        'vpnmine;alerts;help;history' {
            break
        }
        'vpnmine;alerts;help;watch' {
            break
        }
        'vpnmine;alerts;help;channels' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your channels (every channel for admins); secrets are never shown')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook channel; its secret is printed once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel, its links to rules and its deliveries')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send one signed test body to a channel now and show the answer')
            break
        }
        'vpnmine;alerts;help;channels;list' {
            break
        }
        'vpnmine;alerts;help;channels;create' {
            break
        }
        'vpnmine;alerts;help;channels;delete' {
            break
        }
        'vpnmine;alerts;help;channels;test' {
            break
        }
        'vpnmine;alerts;help;deliveries' {
            break
        }
        'vpnmine;alerts;help;help' {
            break
        }
        'vpnmine;keys' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('reality', 'reality', [CompletionResultType]::ParameterValue, 'A REALITY (x25519) private key and its public key')
            [CompletionResult]::new('wireguard', 'wireguard', [CompletionResultType]::ParameterValue, 'A WireGuard key pair and a preshared key')
            [CompletionResult]::new('uuid', 'uuid', [CompletionResultType]::ParameterValue, 'Version-4 UUIDs for VLESS and REALITY clients')
            [CompletionResult]::new('short-id', 'short-id', [CompletionResultType]::ParameterValue, 'A REALITY shortId: hex digits, an even number of them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;keys;reality' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;keys;wireguard' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;keys;uuid' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many UUIDs to generate (1 to 10000)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'One bare UUID a line, no header (not with -o json or csv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;keys;short-id' {
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Hex digits: even, 2 to 16')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'The bare shortId, no header (not with -o json or csv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;keys;help' {
            [CompletionResult]::new('reality', 'reality', [CompletionResultType]::ParameterValue, 'A REALITY (x25519) private key and its public key')
            [CompletionResult]::new('wireguard', 'wireguard', [CompletionResultType]::ParameterValue, 'A WireGuard key pair and a preshared key')
            [CompletionResult]::new('uuid', 'uuid', [CompletionResultType]::ParameterValue, 'Version-4 UUIDs for VLESS and REALITY clients')
            [CompletionResult]::new('short-id', 'short-id', [CompletionResultType]::ParameterValue, 'A REALITY shortId: hex digits, an even number of them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;keys;help;reality' {
            break
        }
        'vpnmine;keys;help;wireguard' {
            break
        }
        'vpnmine;keys;help;uuid' {
            break
        }
        'vpnmine;keys;help;short-id' {
            break
        }
        'vpnmine;keys;help;help' {
            break
        }
        'vpnmine;exporter' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to serve /metrics on; port 0 picks a free port. The address in use is printed on stderr')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to poll the platform (at least 1s)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;doctor' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;top' {
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort the table by this, largest first (keys c, m, n, l, b)')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'Only servers offering this protocol (key p)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only servers in this region, e.g. eu-west (key r)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only servers whose name or id contains this (key /)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'How often the server list is fetched again (live figures arrive as they happen)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'The frame''s size for --once, COLSxROWS [default: the terminal''s, else 100x30]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Print one frame as plain text and exit: no terminal needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors (and the data of -o json/csv)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow sending a token over plain http to a host that is not this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vpnmine;help' {
            [CompletionResult]::new('servers', 'servers', [CompletionResultType]::ParameterValue, 'List and manage mining servers')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Run the bundled platform backend (GraphQL over HTTP on SQLite)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'The API itself: raw GraphQL queries, the operation table and the schema')
            [CompletionResult]::new('analytics', 'analytics', [CompletionResultType]::ParameterValue, 'Network-wide analytics over a time window')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Your own connections: sessions and dashboard')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Other users'' dashboards (admins; users may read their own)')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Admin views: dashboard, system health, security, audit, withdrawals')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff); a copy is committed as man/vpnmine.1')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in and out, and show or refresh the session')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Profiles and settings in config.toml')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Live metrics from the platform')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'Report this host''s metrics as a server''s heartbeat, on an interval, and the VPN connections a core''s hook writes (--sessions-from)')
            [CompletionResult]::new('mining', 'mining', [CompletionResultType]::ParameterValue, 'Start mining, claim rewards and change mining settings')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Export detailed statistics to a verified file (for cron jobs and scripts)')
            [CompletionResult]::new('uuids', 'uuids', [CompletionResultType]::ParameterValue, 'Validate and migrate users'' VLESS/REALITY UUIDs (admins)')
            [CompletionResult]::new('wallet', 'wallet', [CompletionResultType]::ParameterValue, 'Your tokens: balance, ledger history and withdrawals')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Alert rules, what fired, and where notifications go (operators and admins)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Generate REALITY and WireGuard keys, UUIDs and shortIds on this machine (no platform)')
            [CompletionResult]::new('exporter', 'exporter', [CompletionResultType]::ParameterValue, 'Serve the platform''s servers, network and token figures to Prometheus (GET /metrics), polled on an interval')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the platform: endpoint, TLS, clock, token, rate limit, and which commands its schema supports')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'A live full-screen view of the network: servers, load, alerts (q quits)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;help;servers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mining servers, filtered and sorted, one page or all of them')
            [CompletionResult]::new('by-protocol', 'by-protocol', [CompletionResultType]::ParameterValue, 'List every server offering a protocol (mining or not), in the order asked for')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Show a server''s metrics over time, one row per bucket (owner and admins)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn mining on for a server you own (admins: any)')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Manage a server''s protocol endpoints')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Change a server''s identity, maintenance state or free-form settings')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a server: operators their own, admins for any operator (--owner)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a server''s host name, public IP, location or capacity (owner or admins)')
            [CompletionResult]::new('decommission', 'decommission', [CompletionResultType]::ParameterValue, 'Retire a server for good: history kept, no heartbeats, claims or mining afterwards')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Issue, list and revoke the tokens a server''s agent reports with')
            break
        }
        'vpnmine;help;servers;list' {
            break
        }
        'vpnmine;help;servers;by-protocol' {
            break
        }
        'vpnmine;help;servers;metrics' {
            break
        }
        'vpnmine;help;servers;enable' {
            break
        }
        'vpnmine;help;servers;protocol' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a server''s protocol endpoints, secrets redacted unless --reveal (owner or admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one protocol endpoint of a server (owner or admins)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print a user''s client share link (vless, reality) or WireGuard config for a server')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace one protocol endpoint of a server, its configuration validated first')
            break
        }
        'vpnmine;help;servers;protocol;show' {
            break
        }
        'vpnmine;help;servers;protocol;remove' {
            break
        }
        'vpnmine;help;servers;protocol;link' {
            break
        }
        'vpnmine;help;servers;protocol;set' {
            break
        }
        'vpnmine;help;servers;configure' {
            break
        }
        'vpnmine;help;servers;register' {
            break
        }
        'vpnmine;help;servers;update' {
            break
        }
        'vpnmine;help;servers;decommission' {
            break
        }
        'vpnmine;help;servers;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Issue a token that lets this server''s agent report for it, and nothing else')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a server''s live agent tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an agent token at once')
            break
        }
        'vpnmine;help;servers;token;create' {
            break
        }
        'vpnmine;help;servers;token;list' {
            break
        }
        'vpnmine;help;servers;token;revoke' {
            break
        }
        'vpnmine;help;server' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the first admin of a new platform''s database (created if missing)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Take a backup of a database (while a server serves it), or verify one')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup over a database (verified first; the server must be stopped)')
            [CompletionResult]::new('copy-store', 'copy-store', [CompletionResultType]::ParameterValue, 'Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and ledger totals')
            break
        }
        'vpnmine;help;server;init' {
            break
        }
        'vpnmine;help;server;backup' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts')
            break
        }
        'vpnmine;help;server;backup;verify' {
            break
        }
        'vpnmine;help;server;restore' {
            break
        }
        'vpnmine;help;server;copy-store' {
            break
        }
        'vpnmine;help;api' {
            [CompletionResult]::new('operations', 'operations', [CompletionResultType]::ParameterValue, 'Every root field with its operation document and command')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql')
            break
        }
        'vpnmine;help;api;operations' {
            break
        }
        'vpnmine;help;api;schema' {
            break
        }
        'vpnmine;help;analytics' {
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Network totals over a window and the best-performing servers in it')
            break
        }
        'vpnmine;help;analytics;network' {
            break
        }
        'vpnmine;help;me' {
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Your VPN sessions in a window, newest first: one page, or all of them with --all')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Your current connection, recent connections and 30-day averages')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Rate one of your ended connections once: 1-5 stars and an optional comment. Find the session ids with `vpnmine me stats`')
            break
        }
        'vpnmine;help;me;stats' {
            break
        }
        'vpnmine;help;me;dashboard' {
            break
        }
        'vpnmine;help;me;rate' {
            break
        }
        'vpnmine;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts (admins): filter by role, user type, status or a search text')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account (admins), deleted ones included')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account (admins) with a fresh VLESS client id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an account''s role and/or user type (admins)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an account (admins): it cannot log in, and its tokens are revoked at once')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled account again (admins)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account (admins): tokens revoked, login refused, ledger and history kept')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for an account (admins); its sessions are logged out')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create many accounts from a CSV file (admins), in batches written all or nothing')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'One user''s dashboard: account, open session, statistics and mining. Your own, or anyone''s with the admin role')
            break
        }
        'vpnmine;help;users;list' {
            break
        }
        'vpnmine;help;users;show' {
            break
        }
        'vpnmine;help;users;create' {
            break
        }
        'vpnmine;help;users;update' {
            break
        }
        'vpnmine;help;users;disable' {
            break
        }
        'vpnmine;help;users;enable' {
            break
        }
        'vpnmine;help;users;delete' {
            break
        }
        'vpnmine;help;users;reset-password' {
            break
        }
        'vpnmine;help;users;import' {
            break
        }
        'vpnmine;help;users;dashboard' {
            break
        }
        'vpnmine;help;admin' {
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The network at a glance: overview, top servers, top users, token metrics and the token economy')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'The platform''s health: overall status, each component, and service counters')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Authentication counts, security incidents and protocol vulnerabilities in a window')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: every mutation made on the platform (but agents'' heartbeats and logins), newest first, with who made it, its target ids, request id and result')
            [CompletionResult]::new('economy', 'economy', [CompletionResultType]::ParameterValue, 'The token economy: supply, circulation, spending, payouts, fees, held and pending withdrawals, and today''s emission against the daily budget')
            [CompletionResult]::new('withdrawals', 'withdrawals', [CompletionResultType]::ParameterValue, 'Withdrawals of every account: list them, approve, reject, or mark them paid')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'The server''s own backups in its backup folder: take one now, or list them')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'The database''s tables and sizes, the retentions, and what the retention pass (hourly while serving) rolls up and deletes; `run` runs a pass now')
            break
        }
        'vpnmine;help;admin;dashboard' {
            break
        }
        'vpnmine;help;admin;health' {
            break
        }
        'vpnmine;help;admin;security' {
            break
        }
        'vpnmine;help;admin;audit' {
            break
        }
        'vpnmine;help;admin;economy' {
            break
        }
        'vpnmine;help;admin;withdrawals' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Withdrawals, newest first')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a pending withdrawal (it stays held until paid or rejected)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a pending or approved withdrawal with a reason; its hold is released')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Mark an approved withdrawal paid under the transfer''s reference: releases the hold, charges the fee and records the payout at once')
            break
        }
        'vpnmine;help;admin;withdrawals;list' {
            break
        }
        'vpnmine;help;admin;withdrawals;approve' {
            break
        }
        'vpnmine;help;admin;withdrawals;reject' {
            break
        }
        'vpnmine;help;admin;withdrawals;pay' {
            break
        }
        'vpnmine;help;admin;backup' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a backup now, while the server serves, into its backup folder: a consistent snapshot, compressed, with a manifest (schema version, row counts, SHA-256)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The backups in the server''s backup folder, newest first')
            break
        }
        'vpnmine;help;admin;backup;create' {
            break
        }
        'vpnmine;help;admin;backup;list' {
            break
        }
        'vpnmine;help;admin;maintenance' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Tables with rows and bytes, the retentions, and what the next pass would do (default)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a retention pass now (audited), and show what it did')
            break
        }
        'vpnmine;help;admin;maintenance;show' {
            break
        }
        'vpnmine;help;admin;maintenance;run' {
            break
        }
        'vpnmine;help;man' {
            break
        }
        'vpnmine;help;completions' {
            break
        }
        'vpnmine;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to the platform and store the session for the profile in force')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the session in force: endpoint, profile, user, role, where the token is kept')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out: revoke the session on the platform and delete the stored credentials')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the access token, for scripts (refreshed first if it has expired)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Exchange the refresh token for a new pair now, and store it')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List your sessions (logins), or revoke them; admins: any account''s with --user')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password: the current one is required; your other sessions are logged out')
            break
        }
        'vpnmine;help;auth;login' {
            break
        }
        'vpnmine;help;auth;status' {
            break
        }
        'vpnmine;help;auth;logout' {
            break
        }
        'vpnmine;help;auth;token' {
            break
        }
        'vpnmine;help;auth;refresh' {
            break
        }
        'vpnmine;help;auth;sessions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active sessions, newest first (the default); `current` marks this one')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a session by id, or every session but this one with --others')
            break
        }
        'vpnmine;help;auth;sessions;list' {
            break
        }
        'vpnmine;help;auth;sessions;revoke' {
            break
        }
        'vpnmine;help;auth;passwd' {
            break
        }
        'vpnmine;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting of the profile in force (or a top-level one)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting, validated, and write config.toml atomically')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting of every profile')
            break
        }
        'vpnmine;help;config;get' {
            break
        }
        'vpnmine;help;config;set' {
            break
        }
        'vpnmine;help;config;list' {
            break
        }
        'vpnmine;help;metrics' {
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow live metrics: the whole network, or one server with --server')
            break
        }
        'vpnmine;help;metrics;watch' {
            break
        }
        'vpnmine;help;agent' {
            break
        }
        'vpnmine;help;mining' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Open a mining activity on a server you own (admins: any); returns the open activity')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a server''s mining: close its open activity (owner or admins)')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Change a server''s mining settings; without options, show them')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim the accrued rewards of servers, one row per server')
            [CompletionResult]::new('earnings', 'earnings', [CompletionResultType]::ParameterValue, 'An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and net, per server, day, week or month, with the balance at the start and the end')
            break
        }
        'vpnmine;help;mining;start' {
            break
        }
        'vpnmine;help;mining;stop' {
            break
        }
        'vpnmine;help;mining;configure' {
            break
        }
        'vpnmine;help;mining;claim' {
            break
        }
        'vpnmine;help;mining;earnings' {
            break
        }
        'vpnmine;help;stats' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export detailed statistics to a file (or stdout), verified by size and SHA-256')
            break
        }
        'vpnmine;help;stats;export' {
            break
        }
        'vpnmine;help;uuids' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check users'' UUIDs and the VLESS/REALITY client entries that reference them')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Give users new UUIDs and rewrite every configuration that references them')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Give users back the UUIDs a migration took, from its --report file')
            break
        }
        'vpnmine;help;uuids;validate' {
            break
        }
        'vpnmine;help;uuids;migrate' {
            break
        }
        'vpnmine;help;uuids;rollback' {
            break
        }
        'vpnmine;help;wallet' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Your balance, what is held for withdrawals, what is available, and the withdrawal rules')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Your ledger entries, newest first, each with the balance after it')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Request a withdrawal of your tokens to a destination address')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel one of your pending withdrawals (its hold is released)')
            [CompletionResult]::new('withdrawals', 'withdrawals', [CompletionResultType]::ParameterValue, 'Your withdrawals, newest first')
            break
        }
        'vpnmine;help;wallet;balance' {
            break
        }
        'vpnmine;help;wallet;history' {
            break
        }
        'vpnmine;help;wallet;withdraw' {
            break
        }
        'vpnmine;help;wallet;cancel' {
            break
        }
        'vpnmine;help;wallet;withdrawals' {
            break
        }
        'vpnmine;help;alerts' {
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Alert rules: list, show, create, update, delete, and test against the latest figures')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Alerts, newest first: yours (your servers'' and rules'') or, for admins, every one')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge an alert (firing or resolved): someone is on it. The first one stands')
            [CompletionResult]::new('silence', 'silence', [CompletionResultType]::ParameterValue, 'Hold back the notifications of a rule''s alerts or of one alert for a while')
            [CompletionResult]::new('silences', 'silences', [CompletionResultType]::ParameterValue, 'Silences you may see, the latest ending first')
            [CompletionResult]::new('unsilence', 'unsilence', [CompletionResultType]::ParameterValue, 'End a silence now')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Alerts that were firing at some time in a window (fired or resolved), newest first')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'Webhook channels that receive alerts: list, create, delete, test')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'The webhook outbox: each notification, its status and its attempts')
            break
        }
        'vpnmine;help;alerts;rules' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules (admins: all; operators: the built-in ones and their own)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one rule with its channels')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule, owned by you')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule: only the flags given change; --channel replaces the list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule and its alerts'' history (built-in rules cannot be deleted: disable them)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Read a stored rule (ID) or a new one (the flags of create) against each watched server''s latest figures. Nothing is written')
            break
        }
        'vpnmine;help;alerts;rules;list' {
            break
        }
        'vpnmine;help;alerts;rules;show' {
            break
        }
        'vpnmine;help;alerts;rules;create' {
            break
        }
        'vpnmine;help;alerts;rules;update' {
            break
        }
        'vpnmine;help;alerts;rules;delete' {
            break
        }
        'vpnmine;help;alerts;rules;test' {
            break
        }
        'vpnmine;help;alerts;list' {
            break
        }
        'vpnmine;help;alerts;ack' {
            break
        }
        'vpnmine;help;alerts;silence' {
            break
        }
        'vpnmine;help;alerts;silences' {
            break
        }
        'vpnmine;help;alerts;unsilence' {
            break
        }
        'vpnmine;help;alerts;history' {
            break
        }
        'vpnmine;help;alerts;watch' {
            break
        }
        'vpnmine;help;alerts;channels' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your channels (every channel for admins); secrets are never shown')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook channel; its secret is printed once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel, its links to rules and its deliveries')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send one signed test body to a channel now and show the answer')
            break
        }
        'vpnmine;help;alerts;channels;list' {
            break
        }
        'vpnmine;help;alerts;channels;create' {
            break
        }
        'vpnmine;help;alerts;channels;delete' {
            break
        }
        'vpnmine;help;alerts;channels;test' {
            break
        }
        'vpnmine;help;alerts;deliveries' {
            break
        }
        'vpnmine;help;keys' {
            [CompletionResult]::new('reality', 'reality', [CompletionResultType]::ParameterValue, 'A REALITY (x25519) private key and its public key')
            [CompletionResult]::new('wireguard', 'wireguard', [CompletionResultType]::ParameterValue, 'A WireGuard key pair and a preshared key')
            [CompletionResult]::new('uuid', 'uuid', [CompletionResultType]::ParameterValue, 'Version-4 UUIDs for VLESS and REALITY clients')
            [CompletionResult]::new('short-id', 'short-id', [CompletionResultType]::ParameterValue, 'A REALITY shortId: hex digits, an even number of them')
            break
        }
        'vpnmine;help;keys;reality' {
            break
        }
        'vpnmine;help;keys;wireguard' {
            break
        }
        'vpnmine;help;keys;uuid' {
            break
        }
        'vpnmine;help;keys;short-id' {
            break
        }
        'vpnmine;help;exporter' {
            break
        }
        'vpnmine;help;doctor' {
            break
        }
        'vpnmine;help;top' {
            break
        }
        'vpnmine;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
