# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_vpnmine_global_optspecs
    string join \n endpoint= profile= o/output= jq= columns= q/quiet v/verbose no-color timeout= allow-insecure-http h/help V/version
end

function __fish_vpnmine_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_vpnmine_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_vpnmine_using_subcommand
    set -l cmd (__fish_vpnmine_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c vpnmine -n "__fish_vpnmine_needs_command" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_needs_command" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_needs_command" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_needs_command" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_needs_command" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "servers" -d 'List and manage mining servers'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "server" -d 'Run the bundled platform backend (GraphQL over HTTP on SQLite)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "api" -d 'The API itself: raw GraphQL queries, the operation table and the schema'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "analytics" -d 'Network-wide analytics over a time window'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "me" -d 'Your own connections: sessions and dashboard'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "users" -d 'Other users\' dashboards (admins; users may read their own)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "admin" -d 'Admin views: dashboard, system health, security, audit, withdrawals'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "man" -d 'Print the man page (roff); a copy is committed as man/vpnmine.1'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "auth" -d 'Log in and out, and show or refresh the session'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "config" -d 'Profiles and settings in config.toml'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "metrics" -d 'Live metrics from the platform'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "agent" -d 'Report this host\'s metrics as a server\'s heartbeat, on an interval, and the VPN connections a core\'s hook writes (--sessions-from)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "mining" -d 'Start mining, claim rewards and change mining settings'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "stats" -d 'Export detailed statistics to a verified file (for cron jobs and scripts)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "uuids" -d 'Validate and migrate users\' VLESS/REALITY UUIDs (admins)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "wallet" -d 'Your tokens: balance, ledger history and withdrawals'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "alerts" -d 'Alert rules, what fired, and where notifications go (operators and admins)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "keys" -d 'Generate REALITY and WireGuard keys, UUIDs and shortIds on this machine (no platform)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "exporter" -d 'Serve the platform\'s servers, network and token figures to Prometheus (GET /metrics), polled on an interval'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "doctor" -d 'Check the platform: endpoint, TLS, clock, token, rate limit, and which commands its schema supports'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "top" -d 'A live full-screen view of the network: servers, load, alerts (q quits)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "list" -d 'List mining servers, filtered and sorted, one page or all of them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "by-protocol" -d 'List every server offering a protocol (mining or not), in the order asked for'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "metrics" -d 'Show a server\'s metrics over time, one row per bucket (owner and admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "enable" -d 'Turn mining on for a server you own (admins: any)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "protocol" -d 'Manage a server\'s protocol endpoints'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "configure" -d 'Change a server\'s identity, maintenance state or free-form settings'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "register" -d 'Register a server: operators their own, admins for any operator (--owner)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "update" -d 'Change a server\'s host name, public IP, location or capacity (owner or admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "decommission" -d 'Retire a server for good: history kept, no heartbeats, claims or mining afterwards'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "token" -d 'Issue, list and revoke the tokens a server\'s agent reports with'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list by-protocol metrics enable protocol configure register update decommission token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l protocol -d 'Only servers offering this protocol' -r -f -a "vless\t''
reality\t''
wireguard\t''
openconnect\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l location -d 'Only servers in this region (e.g. eu-west)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l status -r -f -a "online\t''
degraded\t''
offline\t''
maintenance\t''
decommissioned\t'Retired servers, hidden from listings otherwise'"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l mining-enabled -d 'Only servers with mining on (true) or off (false)' -r -f -a "true\t''
false\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l search -d 'Host name contains this text' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l owner -d 'Only servers of this operator (user id)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (host-name when omitted)' -r -f -a "host-name\t''
location\t''
connections\t''
performance\t''
token-balance\t''
mining-rate\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l size -d 'Items per page (1-500) [default: 20; with --all, 500]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l mining-only -d 'With --protocol: only mining-enabled servers, as one unpaginated list by host name'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l desc -d 'Sort descending'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l all -d 'Follow every page (ignores --page); a progress bar shows on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -l sort -d 'Order of the list (location when omitted)' -r -f -a "location\t'By location, then host name'
connections\t'Most active connections first'
performance\t'Highest performance score first'"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from by-protocol" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l from -d 'Start of the window: RFC 3339, a date, or relative (-7d, 24h)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l to -d 'End of the window (after --from): RFC 3339, a date, relative, or now' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l interval -d 'Bucket width: 1m, 5m, 1h or 1d (omitted: the finest giving at most ~500 rows)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l chart -d 'Draw CPU, memory, network and latency over the window as line charts (on a terminal; elsewhere, and with -o json/csv, the table\'s rows)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from metrics" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -f -a "show" -d 'Show a server\'s protocol endpoints, secrets redacted unless --reveal (owner or admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -f -a "remove" -d 'Remove one protocol endpoint of a server (owner or admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -f -a "link" -d 'Print a user\'s client share link (vless, reality) or WireGuard config for a server'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -f -a "set" -d 'Create or replace one protocol endpoint of a server, its configuration validated first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from protocol" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l file -d 'Settings to merge: a JSON object in a file, or - for stdin' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l set -d 'One setting, KEY=VALUE (repeatable); VALUE is JSON when it parses, else a string; `null` removes the key' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l host-name -d 'New host name (a DNS name, stored lowercase)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l public-ip -d 'New public IP address (IPv4 or IPv6)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l location -d 'New region, e.g. eu-west' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l maintenance -d 'Take the server out of service (on) or return it (off)' -r -f -a "on\t''
off\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from configure" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l host-name -d 'The server\'s DNS name, unique on the platform (stored lowercase)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l public-ip -d 'The address clients connect to (IPv4 or IPv6)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l location -d 'Region, e.g. eu-west' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l capacity -d 'The most concurrent connections offered (1-1000000)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l owner -d 'The owning account (admins only): an active operator or admin. Omitted: you' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l host-name -d 'New host name (a DNS name, stored lowercase)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l public-ip -d 'New public IP address (IPv4 or IPv6)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l location -d 'New region, e.g. eu-west' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l capacity -d 'New capacity: the most concurrent connections (1-1000000)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -l yes -d 'Do not ask: needed without a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from decommission" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -f -a "create" -d 'Issue a token that lets this server\'s agent report for it, and nothing else'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -f -a "list" -d 'List a server\'s live agent tokens (never their secrets)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke an agent token at once'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List mining servers, filtered and sorted, one page or all of them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "by-protocol" -d 'List every server offering a protocol (mining or not), in the order asked for'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "metrics" -d 'Show a server\'s metrics over time, one row per bucket (owner and admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn mining on for a server you own (admins: any)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "protocol" -d 'Manage a server\'s protocol endpoints'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "configure" -d 'Change a server\'s identity, maintenance state or free-form settings'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a server: operators their own, admins for any operator (--owner)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a server\'s host name, public IP, location or capacity (owner or admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "decommission" -d 'Retire a server for good: history kept, no heartbeats, claims or mining afterwards'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "token" -d 'Issue, list and revoke the tokens a server\'s agent reports with'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l listen -d 'Address to listen on (port 0 picks a free port). Binds loopback by default' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l db -d 'SQLite database file (created when missing), or `:memory:`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l database-url -d 'A PostgreSQL database to run the platform on instead of `--db`: postgres://USER@HOST/DB (a password is better given in PGPASSWORD). Several servers may serve one database, each counting its own rate limits (README: "Running several replicas"). Back it up with pg_dump: --backup-dir and --backup-every copy a SQLite file' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l demo-scale -d 'Size multiplier of the demo network (1 = 300 servers, 3,000 users)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l seed -d 'Seed of the demo network\'s random generator' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l rate-limit -d 'Requests per minute per caller and user type, e.g. FREE=300,PREMIUM=1200,ADMIN=12000 (0 = unlimited), or `off`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l max-concurrent -d 'Operations one caller (an account, or an address when anonymous) may run at once over HTTP and WebSocket together; more are refused with 429 / RTE_001 (0 = unlimited)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l max-sockets -d 'WebSockets one caller may hold open; more are refused with 429 (0 = unlimited)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l ws-init-timeout -d 'How long a new WebSocket may take to send `connection_init` before it is closed (4408)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l ws-max-message -d 'Largest WebSocket message accepted, in bytes; larger ones close the socket (1009)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l simulate -d 'Simulate the demo network\'s agents: every server in service reports a heartbeat this often (e.g. 1s, 5s); 0 turns it off' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l log-format -d 'Log lines on stderr: `text`, or `json`: one object per line in the platform\'s LogEntry shape, timestamp, level, service, message, context {requestId, userId, serverId, operation, status, duration in ms}, metadata {environment from VPNMINE_ENVIRONMENT, version, region from VPNMINE_REGION}. `auto`: text on a terminal, else json. SQL statements slower than VPNMINE_SLOW_STATEMENT_MS (default 1000) are logged at WARN, except the bulk SQL of migrations and the demo seed' -r -f -a "auto\t''
text\t''
json\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l public-url -d 'The URL clients reach this server at (e.g. https://vpn.example.net): the base of export download links' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l export-dir -d 'Directory of export files and the key their links are signed with; replicas on one database share one, so that any answers any link [default: `exports` beside the database file, or vpnmine-exports in the temporary directory for :memory: and --database-url]' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l export-quota -d 'Most bytes the export directory may hold (e.g. 1GiB, 500MB), or `off`; an export that would pass it is refused (RTE_001) until older exports expire' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l lockout-after -d 'Failed logins for one username (within --lockout-window) that lock it; 0 turns the lockout off. Unknown usernames are locked the same way' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l lockout-window -d 'How far back failed logins count towards a lockout (e.g. 15m, 1h)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l lockout-for -d 'How long a locked username is refused (e.g. 15m, 30s)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l max-sessions -d 'Sessions (logins) one account may hold at once; a login beyond it revokes the account\'s oldest sessions. 0: unlimited' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l password-min-length -d 'Fewest characters of a new password (accounts created, reset or changed through the API); new passwords may also not contain the username nor be a common password' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l minimum-claim -d 'The platform\'s smallest claim, in tokens (operators may set a higher one per server)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l claim-cooldown -d 'Time that must pass between two claims of one server (e.g. 24h, 30m; 0 for none)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l daily-emission -d 'Most tokens all claims together may mint per UTC day (at most six decimals), or `off` for no cap. A claim that does not fit in what is left is refused whole (BUDGET, exit 5 in `mining claim`) until the next UTC midnight' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l withdrawal-minimum -d 'The smallest withdrawal, in tokens (fee included)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l withdrawal-fee -d 'The flat part of a withdrawal\'s fee, in tokens; the destination receives the amount minus the fee, and a fee that would take it all is refused' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l withdrawal-fee-percent -d 'The percentage part of a withdrawal\'s fee (e.g. 1, 0.25%), rounded once to the micro-token' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l withdrawal-daily-limit -d 'Most tokens one account may request per UTC day (requests not rejected or cancelled), or `off`; a request beyond it is refused for now (RTE_001, retry tomorrow)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l withdrawal-address-format -d 'What a withdrawal\'s destination must be: `evm` (0x + 40 hex digits, the EIP-55 checksum checked when mixed case) or `any` (1-128 printable characters, no spaces)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l webhook-attempts -d 'Attempts of an alert webhook before its delivery is marked DEAD (1-10)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l webhook-backoff -d 'The wait after an alert webhook\'s first failed attempt (e.g. 1s, 30s); it doubles after each failure, up to 5m, stretched by up to 25 % at random' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l webhook-timeout -d 'How long one alert webhook POST may take before the attempt fails' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l backup-dir -d 'Where the server\'s backups go (scheduled ones and `admin backup create`) [default: `backups` beside the database file]' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l backup-every -d 'Take a backup this often while serving (e.g. 6h, 30m), named vpnmine-<UTC time>.vpnbak in --backup-dir; failures are logged and make `systemHealth`\'s "backups" DEGRADED' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l backup-keep -d 'Scheduled backups to keep: after each one, the oldest beyond this are removed' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l retain-raw -d 'How long metric samples stay raw; older hours are rolled up to one row per server and hour (its sums and sample count), which every query keeps using' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l retain-auth-events -d 'How long login attempts (securityMetrics, AUDIT_LOG exports) are kept' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l retain-audit -d 'How long the audit trail of mutations is kept' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l retain-deliveries -d 'How long delivered alert webhook deliveries (and their attempts) are kept' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l retain-dead-deliveries -d 'How long alert webhook deliveries that gave up (DEAD) are kept' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l demo -d 'Seed the demo network into an empty database; an existing demo network is brought up to now (its simulated servers\' heartbeats since it last ran, at most 14 days of them)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l trust-proxy -d 'Build links from the scheme and host a reverse proxy forwards (Forwarded, X-Forwarded-Proto, X-Forwarded-Host). Only behind a proxy that sets them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -f -a "init" -d 'Create the first admin of a new platform\'s database (created if missing)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -f -a "backup" -d 'Take a backup of a database (while a server serves it), or verify one'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -f -a "restore" -d 'Restore a backup over a database (verified first; the server must be stopped)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -f -a "copy-store" -d 'Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and ledger totals'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and not __fish_seen_subcommand_from init backup restore copy-store help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l db -d 'SQLite database file (created when missing), or `:memory:`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l database-url -d 'A PostgreSQL database to run the platform on instead of `--db`: postgres://USER@HOST/DB (a password is better given in PGPASSWORD). Several servers may serve one database, each counting its own rate limits (README: "Running several replicas"). Back it up with pg_dump: --backup-dir and --backup-every copy a SQLite file' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l admin -d 'The admin\'s username: 1-64 ASCII letters, digits and ._-@' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l password-min-length -d 'Fewest characters of the password (as `vpnmine server --password-min-length`)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l password-stdin -d 'Read the password from the first line of stdin (for scripts)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l db -d 'The database file to back up' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l out -d 'The backup file to write (replaced if it exists)' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l level -d 'zstd compression level, -7 to 19: higher is smaller and slower; negative levels are zstd\'s fast levels (`zstd --fast=N`)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -f -a "verify" -d 'Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from backup" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -l db -d 'The database file to replace (created when missing)' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -l from -d 'The SQLite database to copy: sqlite:PATH' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -l to -d 'The empty PostgreSQL database to fill: postgres://USER@HOST[:PORT]/DB (a password is better passed in PGPASSWORD than in the URL, where other users may see it)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from copy-store" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the first admin of a new platform\'s database (created if missing)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Take a backup of a database (while a server serves it), or verify one'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a backup over a database (verified first; the server must be stopped)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "copy-store" -d 'Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and ledger totals'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s F -l field -d 'A variable: NAME=VALUE, VALUE as JSON when it parses, else a string (repeatable)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l paginate -d 'Follow every page: repeat QUERY with $page = 1, 2, ... and merge the `items` arrays'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -a "operations" -d 'Every root field with its operation document and command'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -a "schema" -d 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "operations" -d 'Every root field with its operation document and command'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "schema" -d 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -f -a "network" -d 'Network totals over a window and the best-performing servers in it'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and not __fish_seen_subcommand_from network help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l from -d 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -1d, 24h' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l to -d 'End of the window (same forms as --from); must be after --from' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l chart -d 'Also draw the network\'s CPU, memory, throughput and latency over the window as line charts (on a terminal; elsewhere, and with -o json/csv, the same points as data)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from network" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from help" -f -a "network" -d 'Network totals over a window and the best-performing servers in it'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand analytics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -f -a "stats" -d 'Your VPN sessions in a window, newest first: one page, or all of them with --all'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -f -a "dashboard" -d 'Your current connection, recent connections and 30-day averages'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -f -a "rate" -d 'Rate one of your ended connections once: 1-5 stars and an optional comment. Find the session ids with `vpnmine me stats`'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and not __fish_seen_subcommand_from stats dashboard rate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l from -d 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -30d' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l to -d 'End of the window (same forms as --from); must be after --from' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l page -d 'Page to show, from 1' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l size -d 'Items per page (1-500) [default: 20; with --all, 500]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l all -d 'Follow every page (ignores --page); a progress bar shows on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from dashboard" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -l stars -d '1 (poor) to 5 (excellent)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -l comment -d 'A few words on the connection (at most 500 characters)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from rate" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Your VPN sessions in a window, newest first: one page, or all of them with --all'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from help" -f -a "dashboard" -d 'Your current connection, recent connections and 30-day averages'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from help" -f -a "rate" -d 'Rate one of your ended connections once: 1-5 stars and an optional comment. Find the session ids with `vpnmine me stats`'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand me; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "list" -d 'List accounts (admins): filter by role, user type, status or a search text'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "show" -d 'Show one account (admins), deleted ones included'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "create" -d 'Create an account (admins) with a fresh VLESS client id'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "update" -d 'Change an account\'s role and/or user type (admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "disable" -d 'Disable an account (admins): it cannot log in, and its tokens are revoked at once'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "enable" -d 'Enable a disabled account again (admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "delete" -d 'Delete an account (admins): tokens revoked, login refused, ledger and history kept'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "reset-password" -d 'Set a new password for an account (admins); its sessions are logged out'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "import" -d 'Create many accounts from a CSV file (admins), in batches written all or nothing'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "dashboard" -d 'One user\'s dashboard: account, open session, statistics and mining. Your own, or anyone\'s with the admin role'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete reset-password import dashboard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l role -r -f -a "user\t''
operator\t''
admin\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l type -d 'User type (rate-limit class)' -r -f -a "free\t''
premium\t''
admin\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l status -d 'Omitted: active and disabled accounts' -r -f -a "active\t''
disabled\t''
deleted\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l search -d 'A part of the username (any case), or an exact id (up to 64 characters)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l size -d 'Items per page (1-500) [default: 20; with --all, 500]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l all -d 'Follow every page (ignores --page); a progress bar shows on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l role -r -f -a "user\t''
operator\t''
admin\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l type -d 'User type [default: admin for admins, free otherwise]' -r -f -a "free\t''
premium\t''
admin\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -l role -r -f -a "user\t''
operator\t''
admin\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -l type -r -f -a "free\t''
premium\t''
admin\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l password-stdin -d 'Read the new password from the first line of stdin'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -l from -d 'The CSV file (header: username,role[,user_type][,password])' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report what would happen; write nothing'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from dashboard" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts (admins): filter by role, user type, status or a search text'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account (admins), deleted ones included'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an account (admins) with a fresh VLESS client id'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an account\'s role and/or user type (admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable an account (admins): it cannot log in, and its tokens are revoked at once'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable a disabled account again (admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an account (admins): tokens revoked, login refused, ledger and history kept'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "reset-password" -d 'Set a new password for an account (admins); its sessions are logged out'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create many accounts from a CSV file (admins), in batches written all or nothing'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "dashboard" -d 'One user\'s dashboard: account, open session, statistics and mining. Your own, or anyone\'s with the admin role'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -f -a "dashboard" -d 'The network at a glance: overview, top servers, top users, token metrics and the token economy'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -f -a "health" -d 'The platform\'s health: overall status, each component, and service counters'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -f -a "security" -d 'Authentication counts, security incidents and protocol vulnerabilities in a window'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -f -a "audit" -d 'The audit log: every mutation made on the platform (but agents\' heartbeats and logins), newest first, with who made it, its target ids, request id and result'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -f -a "economy" -d 'The token economy: supply, circulation, spending, payouts, fees, held and pending withdrawals, and today\'s emission against the daily budget'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -f -a "withdrawals" -d 'Withdrawals of every account: list them, approve, reject, or mark them paid'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -f -a "backup" -d 'The server\'s own backups in its backup folder: take one now, or list them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -f -a "maintenance" -d 'The database\'s tables and sizes, the retentions, and what the retention pass (hourly while serving) rolls up and deletes; `run` runs a pass now'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and not __fish_seen_subcommand_from dashboard health security audit economy withdrawals backup maintenance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from dashboard" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -l from -d 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -1d, 24h' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -l to -d 'End of the window (same forms as --from); must be after --from' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from security" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l from -d 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -7d' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l to -d 'End of the window (same forms as --from); must be after --from' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l user -d 'Only mutations of this account (a user id or a username)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l operation -d 'Only this mutation: its root field name, e.g. claimMiningRewards' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l page -d 'Page to show, from 1' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l size -d 'Items per page (1-500) [default: 20; with --all, 500]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l all -d 'Follow every page (ignores --page); a progress bar shows on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from audit" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from economy" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -f -a "list" -d 'Withdrawals, newest first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -f -a "approve" -d 'Approve a pending withdrawal (it stays held until paid or rejected)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -f -a "reject" -d 'Reject a pending or approved withdrawal with a reason; its hold is released'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -f -a "pay" -d 'Mark an approved withdrawal paid under the transfer\'s reference: releases the hold, charges the fee and records the payout at once'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from withdrawals" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -f -a "create" -d 'Take a backup now, while the server serves, into its backup folder: a consistent snapshot, compressed, with a manifest (schema version, row counts, SHA-256)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -f -a "list" -d 'The backups in the server\'s backup folder, newest first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from backup" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -f -a "show" -d 'Tables with rows and bytes, the retentions, and what the next pass would do (default)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -f -a "run" -d 'Run a retention pass now (audited), and show what it did'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from maintenance" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "dashboard" -d 'The network at a glance: overview, top servers, top users, token metrics and the token economy'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "health" -d 'The platform\'s health: overall status, each component, and service counters'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "security" -d 'Authentication counts, security incidents and protocol vulnerabilities in a window'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "audit" -d 'The audit log: every mutation made on the platform (but agents\' heartbeats and logins), newest first, with who made it, its target ids, request id and result'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "economy" -d 'The token economy: supply, circulation, spending, payouts, fees, held and pending withdrawals, and today\'s emission against the daily budget'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "withdrawals" -d 'Withdrawals of every account: list them, approve, reject, or mark them paid'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "backup" -d 'The server\'s own backups in its backup folder: take one now, or list them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "maintenance" -d 'The database\'s tables and sizes, the retentions, and what the retention pass (hourly while serving) rolls up and deletes; `run` runs a pass now'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand man" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -f -a "login" -d 'Log in to the platform and store the session for the profile in force'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -f -a "status" -d 'Show the session in force: endpoint, profile, user, role, where the token is kept'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -f -a "logout" -d 'Log out: revoke the session on the platform and delete the stored credentials'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -f -a "token" -d 'Print the access token, for scripts (refreshed first if it has expired)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -f -a "refresh" -d 'Exchange the refresh token for a new pair now, and store it'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -f -a "sessions" -d 'List your sessions (logins), or revoke them; admins: any account\'s with --user'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -f -a "passwd" -d 'Change your password: the current one is required; your other sessions are logged out'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token refresh sessions passwd help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -s u -l username -d 'Account name (prompted for on a terminal when omitted)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read an access token from stdin and store it as is (it cannot be refreshed)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from stdin (its first line), for scripted logins; needs --username'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l user -d 'Another account\'s sessions (admins): with `list` and `revoke --others`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -f -a "list" -d 'List active sessions, newest first (the default); `current` marks this one'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -f -a "revoke" -d 'Revoke a session by id, or every session but this one with --others'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from sessions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the current password (first line) and the new one (second line) from stdin'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in to the platform and store the session for the profile in force'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the session in force: endpoint, profile, user, role, where the token is kept'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Log out: revoke the session on the platform and delete the stored credentials'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the access token, for scripts (refreshed first if it has expired)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "refresh" -d 'Exchange the refresh token for a new pair now, and store it'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "sessions" -d 'List your sessions (logins), or revoke them; admins: any account\'s with --user'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change your password: the current one is required; your other sessions are logged out'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -f -a "get" -d 'Print one setting of the profile in force (or a top-level one)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -f -a "set" -d 'Change one setting, validated, and write config.toml atomically'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -f -a "list" -d 'List every setting of every profile'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and not __fish_seen_subcommand_from get set list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one setting of the profile in force (or a top-level one)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change one setting, validated, and write config.toml atomically'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every setting of every profile'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -f -a "watch" -d 'Follow live metrics: the whole network, or one server with --server'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and not __fish_seen_subcommand_from watch help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l server -d 'Only this server (realTimeMetrics: its owner or an admin)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l count -d 'Stop after this many updates' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l duration -d 'Stop after this long (e.g. 30s, 5m, 1h)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Follow live metrics: the whole network, or one server with --server'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l server-id -d 'The server this host is (its owner\'s or an admin\'s login, or an agent token of it)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l token-file -d 'Report with the agent token in this file (trimmed) instead of the profile\'s login' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l interval -d 'Time between heartbeats (at least 1s)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l sessions-from -d 'Also send the connection events of this NDJSON file (- for stdin); see below' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l once -d 'Send one heartbeat and exit (with --sessions-from: after sending every event)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand agent" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -f -a "start" -d 'Open a mining activity on a server you own (admins: any); returns the open activity'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -f -a "stop" -d 'Stop a server\'s mining: close its open activity (owner or admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -f -a "configure" -d 'Change a server\'s mining settings; without options, show them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -f -a "claim" -d 'Claim the accrued rewards of servers, one row per server'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -f -a "earnings" -d 'An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and net, per server, day, week or month, with the balance at the start and the end'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and not __fish_seen_subcommand_from start stop configure claim earnings help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l rate -d 'Rate multiplier, 0.1-2.0' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l minimum-claim -d 'Smallest amount a claim pays out (at least the platform minimum)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l enable -d 'Turn mining on'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l disable -d 'Turn mining off (closes the open activity; unclaimed rewards stay claimable)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from configure" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -l idempotency-key -d 'Idempotency key for a claim on one server (1-128 characters); reuse it to retry safely across runs' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -l all -d 'Every server of the logged-in operator'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from claim" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l from -d 'Start of the period: RFC 3339, a date, now/today/yesterday, or an offset like -30d [default: the beginning]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l to -d 'End of the period, excluded (same forms as --from)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l by -d 'How to group the entries' -r -f -a "server\t''
day\t''
week\t''
month\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l account -d 'Another account\'s statement (admins): its id, or `platform`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from earnings" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from help" -f -a "start" -d 'Open a mining activity on a server you own (admins: any); returns the open activity'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a server\'s mining: close its open activity (owner or admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from help" -f -a "configure" -d 'Change a server\'s mining settings; without options, show them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from help" -f -a "claim" -d 'Claim the accrued rewards of servers, one row per server'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from help" -f -a "earnings" -d 'An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and net, per server, day, week or month, with the balance at the start and the end'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand mining; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Export detailed statistics to a file (or stdout), verified by size and SHA-256'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l from -d 'Start of the window: RFC 3339, a date, or relative (-1d, 24h)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l to -d 'End of the window (after --from): RFC 3339, a date, relative, or now' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l format -d 'File format' -r -f -a "csv\t''
json\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l kind -d 'Only these kinds (comma-separated or repeated) [default: every kind you may export]' -r -f -a "server-statistics\t''
user-activity\t''
protocol-performance\t''
token-transactions\t''
ledger\t'Every ledger entry with the account\'s running balance (operators: their own account)'
withdrawals\t'Withdrawal requests (operators: their own)'
audit-log\t'Login attempts (admins only)'
alerts\t'The alert history: alerts firing in the window (operators: their servers\' and rules\')'"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l out -d 'Where to write the export: a file, or - for stdout' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export detailed statistics to a file (or stdout), verified by size and SHA-256'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -f -a "validate" -d 'Check users\' UUIDs and the VLESS/REALITY client entries that reference them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -f -a "migrate" -d 'Give users new UUIDs and rewrite every configuration that references them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -f -a "rollback" -d 'Give users back the UUIDs a migration took, from its --report file'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and not __fish_seen_subcommand_from validate migrate rollback help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -l user -d 'Only this user (repeat for more) [default: every user and configuration]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l user -d 'Only this user (repeat for more) [default: every user]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l batch-size -d 'Users per transaction (1-10000)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l report -d 'Write a report of each user\'s UUID before and after: FILE.csv or FILE.json' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Show what would change (with the UUIDs users would get) without changing anything'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l from -d 'The report of the migration to undo (CSV or JSON, from `uuids migrate --report`)' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l user -d 'Only this user of the report (repeat for more) [default: every migrated user in it]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l batch-size -d 'Users per transaction (1-10000)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l report -d 'Write a report of each user\'s UUID before and after: FILE.csv or FILE.json' -r -F
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l dry-run -d 'Show what would change (with the UUIDs users would get) without changing anything'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check users\' UUIDs and the VLESS/REALITY client entries that reference them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Give users new UUIDs and rewrite every configuration that references them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Give users back the UUIDs a migration took, from its --report file'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand uuids; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -f -a "balance" -d 'Your balance, what is held for withdrawals, what is available, and the withdrawal rules'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -f -a "history" -d 'Your ledger entries, newest first, each with the balance after it'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -f -a "withdraw" -d 'Request a withdrawal of your tokens to a destination address'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -f -a "cancel" -d 'Cancel one of your pending withdrawals (its hold is released)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -f -a "withdrawals" -d 'Your withdrawals, newest first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and not __fish_seen_subcommand_from balance history withdraw cancel withdrawals help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l from -d 'Only entries at or after this time: RFC 3339, a date, now/today/yesterday, or an offset like -7d [default: the first entry]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l to -d 'Only entries before this time (same forms as --from) [default: now]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l page -d 'Page to show, from 1' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l size -d 'Items per page (1-500) [default: 20; with --all, 500]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l all -d 'Follow every page (ignores --page); a progress bar shows on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l amount -d 'Tokens to withdraw, fee included (at most 6 decimals)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l to -d 'The destination address (by default an EVM address, 0x + 40 hex digits)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l idempotency-key -d 'Idempotency key (1-128 characters) [default: a new UUID]: reuse one to retry safely across runs' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdraw" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l status -d 'Only withdrawals in this state' -r -f -a "pending\t''
approved\t''
paid\t''
rejected\t''
cancelled\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l page -d 'Page to show, from 1' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l size -d 'Items per page (1-500) [default: 20; with --all, 500]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l all -d 'Follow every page (ignores --page); a progress bar shows on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from withdrawals" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Your balance, what is held for withdrawals, what is available, and the withdrawal rules'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "history" -d 'Your ledger entries, newest first, each with the balance after it'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Request a withdrawal of your tokens to a destination address'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel one of your pending withdrawals (its hold is released)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "withdrawals" -d 'Your withdrawals, newest first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "rules" -d 'Alert rules: list, show, create, update, delete, and test against the latest figures'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "list" -d 'Alerts, newest first: yours (your servers\' and rules\') or, for admins, every one'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "ack" -d 'Acknowledge an alert (firing or resolved): someone is on it. The first one stands'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "silence" -d 'Hold back the notifications of a rule\'s alerts or of one alert for a while'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "silences" -d 'Silences you may see, the latest ending first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "unsilence" -d 'End a silence now'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "history" -d 'Alerts that were firing at some time in a window (fired or resolved), newest first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "watch" -d 'Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "channels" -d 'Webhook channels that receive alerts: list, create, delete, test'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "deliveries" -d 'The webhook outbox: each notification, its status and its attempts'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and not __fish_seen_subcommand_from rules list ack silence silences unsilence history watch channels deliveries help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -f -a "list" -d 'List alert rules (admins: all; operators: the built-in ones and their own)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -f -a "show" -d 'Show one rule with its channels'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -f -a "create" -d 'Create a rule, owned by you'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -f -a "update" -d 'Change a rule: only the flags given change; --channel replaces the list'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -f -a "delete" -d 'Delete a rule and its alerts\' history (built-in rules cannot be deleted: disable them)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -f -a "test" -d 'Read a stored rule (ID) or a new one (the flags of create) against each watched server\'s latest figures. Nothing is written'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from rules" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l severity -d 'Only alerts of this severity' -r -f -a "info\t''
warning\t''
critical\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l server -d 'Only alerts of this server' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l rule -d 'Only alerts of this rule' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l size -d 'Items per page (1-500) [default: 20; with --all, 500]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l active -d 'Only firing alerts'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l all -d 'Follow every page (ignores --page); a progress bar shows on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -l comment -d 'Why, or what is being done (1-500 characters)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from ack" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -l for -d 'How long, from now: 30s, 15m, 2h, 1d (at most 30d)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -l comment -d 'Why (1-500 characters)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silence" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -l active -d 'Only silences in force now'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from silences" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from unsilence" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l from -d 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -7d' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l to -d 'End of the window (same forms as --from)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l severity -d 'Only alerts of this severity' -r -f -a "info\t''
warning\t''
critical\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l server -d 'Only alerts of this server' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l rule -d 'Only alerts of this rule' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l page -d 'Page to show, from 1' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l size -d 'Items per page (1-500) [default: 20; with --all, 500]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l all -d 'Follow every page (ignores --page); a progress bar shows on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l min-severity -d 'Only events at this severity or worse' -r -f -a "info\t''
warning\t''
critical\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l fail-on -d 'Exit 5 after printing the first event at this severity or worse' -r -f -a "info\t''
warning\t''
critical\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l count -d 'Stop after this many events' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l duration -d 'Stop after this long (e.g. 30s, 5m, 1h)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -f -a "list" -d 'List your channels (every channel for admins); secrets are never shown'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -f -a "create" -d 'Create a webhook channel; its secret is printed once'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -f -a "delete" -d 'Delete a channel, its links to rules and its deliveries'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -f -a "test" -d 'Send one signed test body to a channel now and show the answer'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from channels" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l status -d 'Only deliveries in this state (dead: every attempt failed)' -r -f -a "pending\t''
delivered\t''
dead\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l alert -d 'Only the deliveries of this alert' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l channel -d 'Only the deliveries to this channel' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l page -d 'Page to show, from 1' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l size -d 'Items per page (1-500) [default: 20; with --all, 500]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l all -d 'Follow every page (ignores --page); a progress bar shows on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from deliveries" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "rules" -d 'Alert rules: list, show, create, update, delete, and test against the latest figures'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "list" -d 'Alerts, newest first: yours (your servers\' and rules\') or, for admins, every one'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "ack" -d 'Acknowledge an alert (firing or resolved): someone is on it. The first one stands'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "silence" -d 'Hold back the notifications of a rule\'s alerts or of one alert for a while'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "silences" -d 'Silences you may see, the latest ending first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "unsilence" -d 'End a silence now'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "history" -d 'Alerts that were firing at some time in a window (fired or resolved), newest first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "channels" -d 'Webhook channels that receive alerts: list, create, delete, test'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "deliveries" -d 'The webhook outbox: each notification, its status and its attempts'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -f -a "reality" -d 'A REALITY (x25519) private key and its public key'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -f -a "wireguard" -d 'A WireGuard key pair and a preshared key'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -f -a "uuid" -d 'Version-4 UUIDs for VLESS and REALITY clients'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -f -a "short-id" -d 'A REALITY shortId: hex digits, an even number of them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and not __fish_seen_subcommand_from reality wireguard uuid short-id help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from reality" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from wireguard" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -l count -d 'How many UUIDs to generate (1 to 10000)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -l plain -d 'One bare UUID a line, no header (not with -o json or csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from uuid" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -l length -d 'Hex digits: even, 2 to 16' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -l plain -d 'The bare shortId, no header (not with -o json or csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from short-id" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "reality" -d 'A REALITY (x25519) private key and its public key'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "wireguard" -d 'A WireGuard key pair and a preshared key'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "uuid" -d 'Version-4 UUIDs for VLESS and REALITY clients'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "short-id" -d 'A REALITY shortId: hex digits, an even number of them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -l listen -d 'Address to serve /metrics on; port 0 picks a free port. The address in use is printed on stderr' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -l interval -d 'How often to poll the platform (at least 1s)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand exporter" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l sort -d 'Sort the table by this, largest first (keys c, m, n, l, b)' -r -f -a "cpu\t''
memory\t''
connections\t''
latency\t''
balance\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l protocol -d 'Only servers offering this protocol (key p)' -r -f -a "vless\t''
reality\t''
wireguard\t''
openconnect\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l region -d 'Only servers in this region, e.g. eu-west (key r)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l search -d 'Only servers whose name or id contains this (key /)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l refresh -d 'How often the server list is fetched again (live figures arrive as they happen)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l size -d 'The frame\'s size for --once, COLSxROWS [default: the terminal\'s, else 100x30]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile\'s endpoint, else local]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l profile -d 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l jq -d 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l columns -d 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l once -d 'Print one frame as plain text and exit: no terminal needed'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand top" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "servers" -d 'List and manage mining servers'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "server" -d 'Run the bundled platform backend (GraphQL over HTTP on SQLite)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "api" -d 'The API itself: raw GraphQL queries, the operation table and the schema'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "analytics" -d 'Network-wide analytics over a time window'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "me" -d 'Your own connections: sessions and dashboard'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "users" -d 'Other users\' dashboards (admins; users may read their own)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "admin" -d 'Admin views: dashboard, system health, security, audit, withdrawals'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "man" -d 'Print the man page (roff); a copy is committed as man/vpnmine.1'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "completions" -d 'Print a shell completion script'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "auth" -d 'Log in and out, and show or refresh the session'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "config" -d 'Profiles and settings in config.toml'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "metrics" -d 'Live metrics from the platform'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "agent" -d 'Report this host\'s metrics as a server\'s heartbeat, on an interval, and the VPN connections a core\'s hook writes (--sessions-from)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "mining" -d 'Start mining, claim rewards and change mining settings'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "stats" -d 'Export detailed statistics to a verified file (for cron jobs and scripts)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "uuids" -d 'Validate and migrate users\' VLESS/REALITY UUIDs (admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "wallet" -d 'Your tokens: balance, ledger history and withdrawals'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "alerts" -d 'Alert rules, what fired, and where notifications go (operators and admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "keys" -d 'Generate REALITY and WireGuard keys, UUIDs and shortIds on this machine (no platform)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "exporter" -d 'Serve the platform\'s servers, network and token figures to Prometheus (GET /metrics), polled on an interval'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "doctor" -d 'Check the platform: endpoint, TLS, clock, token, rate limit, and which commands its schema supports'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "top" -d 'A live full-screen view of the network: servers, load, alerts (q quits)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api analytics me users admin man completions auth config metrics agent mining stats uuids wallet alerts keys exporter doctor top help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "list" -d 'List mining servers, filtered and sorted, one page or all of them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "by-protocol" -d 'List every server offering a protocol (mining or not), in the order asked for'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "metrics" -d 'Show a server\'s metrics over time, one row per bucket (owner and admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "enable" -d 'Turn mining on for a server you own (admins: any)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "protocol" -d 'Manage a server\'s protocol endpoints'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "configure" -d 'Change a server\'s identity, maintenance state or free-form settings'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "register" -d 'Register a server: operators their own, admins for any operator (--owner)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "update" -d 'Change a server\'s host name, public IP, location or capacity (owner or admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "decommission" -d 'Retire a server for good: history kept, no heartbeats, claims or mining afterwards'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "token" -d 'Issue, list and revoke the tokens a server\'s agent reports with'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "init" -d 'Create the first admin of a new platform\'s database (created if missing)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "backup" -d 'Take a backup of a database (while a server serves it), or verify one'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "restore" -d 'Restore a backup over a database (verified first; the server must be stopped)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "copy-store" -d 'Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and ledger totals'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "operations" -d 'Every root field with its operation document and command'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "schema" -d 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from analytics" -f -a "network" -d 'Network totals over a window and the best-performing servers in it'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from me" -f -a "stats" -d 'Your VPN sessions in a window, newest first: one page, or all of them with --all'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from me" -f -a "dashboard" -d 'Your current connection, recent connections and 30-day averages'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from me" -f -a "rate" -d 'Rate one of your ended connections once: 1-5 stars and an optional comment. Find the session ids with `vpnmine me stats`'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List accounts (admins): filter by role, user type, status or a search text'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "show" -d 'Show one account (admins), deleted ones included'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create an account (admins) with a fresh VLESS client id'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change an account\'s role and/or user type (admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "disable" -d 'Disable an account (admins): it cannot log in, and its tokens are revoked at once'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "enable" -d 'Enable a disabled account again (admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete an account (admins): tokens revoked, login refused, ledger and history kept'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "reset-password" -d 'Set a new password for an account (admins); its sessions are logged out'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "import" -d 'Create many accounts from a CSV file (admins), in batches written all or nothing'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "dashboard" -d 'One user\'s dashboard: account, open session, statistics and mining. Your own, or anyone\'s with the admin role'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "dashboard" -d 'The network at a glance: overview, top servers, top users, token metrics and the token economy'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "health" -d 'The platform\'s health: overall status, each component, and service counters'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "security" -d 'Authentication counts, security incidents and protocol vulnerabilities in a window'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "audit" -d 'The audit log: every mutation made on the platform (but agents\' heartbeats and logins), newest first, with who made it, its target ids, request id and result'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "economy" -d 'The token economy: supply, circulation, spending, payouts, fees, held and pending withdrawals, and today\'s emission against the daily budget'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "withdrawals" -d 'Withdrawals of every account: list them, approve, reject, or mark them paid'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "backup" -d 'The server\'s own backups in its backup folder: take one now, or list them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "maintenance" -d 'The database\'s tables and sizes, the retentions, and what the retention pass (hourly while serving) rolls up and deletes; `run` runs a pass now'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Log in to the platform and store the session for the profile in force'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show the session in force: endpoint, profile, user, role, where the token is kept'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Log out: revoke the session on the platform and delete the stored credentials'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print the access token, for scripts (refreshed first if it has expired)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "refresh" -d 'Exchange the refresh token for a new pair now, and store it'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "sessions" -d 'List your sessions (logins), or revoke them; admins: any account\'s with --user'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "passwd" -d 'Change your password: the current one is required; your other sessions are logged out'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one setting of the profile in force (or a top-level one)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change one setting, validated, and write config.toml atomically'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List every setting of every profile'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "watch" -d 'Follow live metrics: the whole network, or one server with --server'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from mining" -f -a "start" -d 'Open a mining activity on a server you own (admins: any); returns the open activity'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from mining" -f -a "stop" -d 'Stop a server\'s mining: close its open activity (owner or admins)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from mining" -f -a "configure" -d 'Change a server\'s mining settings; without options, show them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from mining" -f -a "claim" -d 'Claim the accrued rewards of servers, one row per server'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from mining" -f -a "earnings" -d 'An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and net, per server, day, week or month, with the balance at the start and the end'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from stats" -f -a "export" -d 'Export detailed statistics to a file (or stdout), verified by size and SHA-256'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from uuids" -f -a "validate" -d 'Check users\' UUIDs and the VLESS/REALITY client entries that reference them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from uuids" -f -a "migrate" -d 'Give users new UUIDs and rewrite every configuration that references them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from uuids" -f -a "rollback" -d 'Give users back the UUIDs a migration took, from its --report file'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "balance" -d 'Your balance, what is held for withdrawals, what is available, and the withdrawal rules'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "history" -d 'Your ledger entries, newest first, each with the balance after it'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "withdraw" -d 'Request a withdrawal of your tokens to a destination address'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "cancel" -d 'Cancel one of your pending withdrawals (its hold is released)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "withdrawals" -d 'Your withdrawals, newest first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "rules" -d 'Alert rules: list, show, create, update, delete, and test against the latest figures'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "list" -d 'Alerts, newest first: yours (your servers\' and rules\') or, for admins, every one'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "ack" -d 'Acknowledge an alert (firing or resolved): someone is on it. The first one stands'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "silence" -d 'Hold back the notifications of a rule\'s alerts or of one alert for a while'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "silences" -d 'Silences you may see, the latest ending first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "unsilence" -d 'End a silence now'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "history" -d 'Alerts that were firing at some time in a window (fired or resolved), newest first'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "watch" -d 'Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "channels" -d 'Webhook channels that receive alerts: list, create, delete, test'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "deliveries" -d 'The webhook outbox: each notification, its status and its attempts'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "reality" -d 'A REALITY (x25519) private key and its public key'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "wireguard" -d 'A WireGuard key pair and a preshared key'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "uuid" -d 'Version-4 UUIDs for VLESS and REALITY clients'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "short-id" -d 'A REALITY shortId: hex digits, an even number of them'
