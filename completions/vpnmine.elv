
use builtin;
use str;

set edit:completion:arg-completer[vpnmine] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'vpnmine'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'vpnmine'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand servers 'List and manage mining servers'
            cand server 'Run the bundled platform backend (GraphQL over HTTP on SQLite)'
            cand api 'The API itself: raw GraphQL queries, the operation table and the schema'
            cand analytics 'Network-wide analytics over a time window'
            cand me 'Your own connections: sessions and dashboard'
            cand users 'Other users'' dashboards (admins; users may read their own)'
            cand admin 'Admin views: dashboard, system health, security, audit, withdrawals'
            cand man 'Print the man page (roff); a copy is committed as man/vpnmine.1'
            cand completions 'Print a shell completion script'
            cand auth 'Log in and out, and show or refresh the session'
            cand config 'Profiles and settings in config.toml'
            cand metrics 'Live metrics from the platform'
            cand agent 'Report this host''s metrics as a server''s heartbeat, on an interval, and the VPN connections a core''s hook writes (--sessions-from)'
            cand mining 'Start mining, claim rewards and change mining settings'
            cand stats 'Export detailed statistics to a verified file (for cron jobs and scripts)'
            cand uuids 'Validate and migrate users'' VLESS/REALITY UUIDs (admins)'
            cand wallet 'Your tokens: balance, ledger history and withdrawals'
            cand alerts 'Alert rules, what fired, and where notifications go (operators and admins)'
            cand keys 'Generate REALITY and WireGuard keys, UUIDs and shortIds on this machine (no platform)'
            cand exporter 'Serve the platform''s servers, network and token figures to Prometheus (GET /metrics), polled on an interval'
            cand doctor 'Check the platform: endpoint, TLS, clock, token, rate limit, and which commands its schema supports'
            cand top 'A live full-screen view of the network: servers, load, alerts (q quits)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;servers'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List mining servers, filtered and sorted, one page or all of them'
            cand by-protocol 'List every server offering a protocol (mining or not), in the order asked for'
            cand metrics 'Show a server''s metrics over time, one row per bucket (owner and admins)'
            cand enable 'Turn mining on for a server you own (admins: any)'
            cand protocol 'Manage a server''s protocol endpoints'
            cand configure 'Change a server''s identity, maintenance state or free-form settings'
            cand register 'Register a server: operators their own, admins for any operator (--owner)'
            cand update 'Change a server''s host name, public IP, location or capacity (owner or admins)'
            cand decommission 'Retire a server for good: history kept, no heartbeats, claims or mining afterwards'
            cand token 'Issue, list and revoke the tokens a server''s agent reports with'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;servers;list'= {
            cand --protocol 'Only servers offering this protocol'
            cand --location 'Only servers in this region (e.g. eu-west)'
            cand --status 'status'
            cand --mining-enabled 'Only servers with mining on (true) or off (false)'
            cand --search 'Host name contains this text'
            cand --owner 'Only servers of this operator (user id)'
            cand --sort 'Sort by this field (host-name when omitted)'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --mining-only 'With --protocol: only mining-enabled servers, as one unpaginated list by host name'
            cand --desc 'Sort descending'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;by-protocol'= {
            cand --sort 'Order of the list (location when omitted)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;metrics'= {
            cand --from 'Start of the window: RFC 3339, a date, or relative (-7d, 24h)'
            cand --to 'End of the window (after --from): RFC 3339, a date, relative, or now'
            cand --interval 'Bucket width: 1m, 5m, 1h or 1d (omitted: the finest giving at most ~500 rows)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --chart 'Draw CPU, memory, network and latency over the window as line charts (on a terminal; elsewhere, and with -o json/csv, the table''s rows)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;enable'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;protocol'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show a server''s protocol endpoints, secrets redacted unless --reveal (owner or admins)'
            cand remove 'Remove one protocol endpoint of a server (owner or admins)'
            cand link 'Print a user''s client share link (vless, reality) or WireGuard config for a server'
            cand set 'Create or replace one protocol endpoint of a server, its configuration validated first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;servers;protocol;show'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --reveal 'Show the secrets (the server''s owner and admins only)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;protocol;remove'= {
            cand --type 'The protocol of the endpoint to remove'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;protocol;link'= {
            cand --type 'The endpoint''s protocol'
            cand --user 'Whose link (a user id). Omitted: yours'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --qr 'Draw the link as a QR code (on a terminal only)'
            cand --generate-key 'WireGuard: fill in a freshly generated client private key and print its public key'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;protocol;set'= {
            cand --type 'The protocol of the endpoint'
            cand --port 'The endpoint''s port, 1-65535, unique on the server'
            cand --config 'The protocol''s configuration: a JSON file, or - for stdin'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --enable 'Enable the endpoint (the default)'
            cand --disable 'Disable the endpoint'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;protocol;help'= {
            cand show 'Show a server''s protocol endpoints, secrets redacted unless --reveal (owner or admins)'
            cand remove 'Remove one protocol endpoint of a server (owner or admins)'
            cand link 'Print a user''s client share link (vless, reality) or WireGuard config for a server'
            cand set 'Create or replace one protocol endpoint of a server, its configuration validated first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;servers;protocol;help;show'= {
        }
        &'vpnmine;servers;protocol;help;remove'= {
        }
        &'vpnmine;servers;protocol;help;link'= {
        }
        &'vpnmine;servers;protocol;help;set'= {
        }
        &'vpnmine;servers;protocol;help;help'= {
        }
        &'vpnmine;servers;configure'= {
            cand --file 'Settings to merge: a JSON object in a file, or - for stdin'
            cand --set 'One setting, KEY=VALUE (repeatable); VALUE is JSON when it parses, else a string; `null` removes the key'
            cand --host-name 'New host name (a DNS name, stored lowercase)'
            cand --public-ip 'New public IP address (IPv4 or IPv6)'
            cand --location 'New region, e.g. eu-west'
            cand --maintenance 'Take the server out of service (on) or return it (off)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;register'= {
            cand --host-name 'The server''s DNS name, unique on the platform (stored lowercase)'
            cand --public-ip 'The address clients connect to (IPv4 or IPv6)'
            cand --location 'Region, e.g. eu-west'
            cand --capacity 'The most concurrent connections offered (1-1000000)'
            cand --owner 'The owning account (admins only): an active operator or admin. Omitted: you'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;update'= {
            cand --host-name 'New host name (a DNS name, stored lowercase)'
            cand --public-ip 'New public IP address (IPv4 or IPv6)'
            cand --location 'New region, e.g. eu-west'
            cand --capacity 'New capacity: the most concurrent connections (1-1000000)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;decommission'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --yes 'Do not ask: needed without a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;token'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Issue a token that lets this server''s agent report for it, and nothing else'
            cand list 'List a server''s live agent tokens (never their secrets)'
            cand revoke 'Revoke an agent token at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;servers;token;create'= {
            cand --expires 'When it expires: a length of time from now (90d, 12h), a date (RFC 3339), or `never`'
            cand --name 'A name to tell tokens apart (unique among the server''s live tokens)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;token;list'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;token;revoke'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;servers;token;help'= {
            cand create 'Issue a token that lets this server''s agent report for it, and nothing else'
            cand list 'List a server''s live agent tokens (never their secrets)'
            cand revoke 'Revoke an agent token at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;servers;token;help;create'= {
        }
        &'vpnmine;servers;token;help;list'= {
        }
        &'vpnmine;servers;token;help;revoke'= {
        }
        &'vpnmine;servers;token;help;help'= {
        }
        &'vpnmine;servers;help'= {
            cand list 'List mining servers, filtered and sorted, one page or all of them'
            cand by-protocol 'List every server offering a protocol (mining or not), in the order asked for'
            cand metrics 'Show a server''s metrics over time, one row per bucket (owner and admins)'
            cand enable 'Turn mining on for a server you own (admins: any)'
            cand protocol 'Manage a server''s protocol endpoints'
            cand configure 'Change a server''s identity, maintenance state or free-form settings'
            cand register 'Register a server: operators their own, admins for any operator (--owner)'
            cand update 'Change a server''s host name, public IP, location or capacity (owner or admins)'
            cand decommission 'Retire a server for good: history kept, no heartbeats, claims or mining afterwards'
            cand token 'Issue, list and revoke the tokens a server''s agent reports with'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;servers;help;list'= {
        }
        &'vpnmine;servers;help;by-protocol'= {
        }
        &'vpnmine;servers;help;metrics'= {
        }
        &'vpnmine;servers;help;enable'= {
        }
        &'vpnmine;servers;help;protocol'= {
            cand show 'Show a server''s protocol endpoints, secrets redacted unless --reveal (owner or admins)'
            cand remove 'Remove one protocol endpoint of a server (owner or admins)'
            cand link 'Print a user''s client share link (vless, reality) or WireGuard config for a server'
            cand set 'Create or replace one protocol endpoint of a server, its configuration validated first'
        }
        &'vpnmine;servers;help;protocol;show'= {
        }
        &'vpnmine;servers;help;protocol;remove'= {
        }
        &'vpnmine;servers;help;protocol;link'= {
        }
        &'vpnmine;servers;help;protocol;set'= {
        }
        &'vpnmine;servers;help;configure'= {
        }
        &'vpnmine;servers;help;register'= {
        }
        &'vpnmine;servers;help;update'= {
        }
        &'vpnmine;servers;help;decommission'= {
        }
        &'vpnmine;servers;help;token'= {
            cand create 'Issue a token that lets this server''s agent report for it, and nothing else'
            cand list 'List a server''s live agent tokens (never their secrets)'
            cand revoke 'Revoke an agent token at once'
        }
        &'vpnmine;servers;help;token;create'= {
        }
        &'vpnmine;servers;help;token;list'= {
        }
        &'vpnmine;servers;help;token;revoke'= {
        }
        &'vpnmine;servers;help;help'= {
        }
        &'vpnmine;server'= {
            cand --listen 'Address to listen on (port 0 picks a free port). Binds loopback by default'
            cand --db 'SQLite database file (created when missing), or `:memory:`'
            cand --database-url 'A PostgreSQL database to run the platform on instead of `--db`: postgres://USER@HOST/DB (a password is better given in PGPASSWORD). Several servers may serve one database, each counting its own rate limits (README: "Running several replicas"). Back it up with pg_dump: --backup-dir and --backup-every copy a SQLite file'
            cand --demo-scale 'Size multiplier of the demo network (1 = 300 servers, 3,000 users)'
            cand --seed 'Seed of the demo network''s random generator'
            cand --rate-limit 'Requests per minute per caller and user type, e.g. FREE=300,PREMIUM=1200,ADMIN=12000 (0 = unlimited), or `off`'
            cand --max-concurrent 'Operations one caller (an account, or an address when anonymous) may run at once over HTTP and WebSocket together; more are refused with 429 / RTE_001 (0 = unlimited)'
            cand --max-sockets 'WebSockets one caller may hold open; more are refused with 429 (0 = unlimited)'
            cand --ws-init-timeout 'How long a new WebSocket may take to send `connection_init` before it is closed (4408)'
            cand --ws-max-message 'Largest WebSocket message accepted, in bytes; larger ones close the socket (1009)'
            cand --simulate 'Simulate the demo network''s agents: every server in service reports a heartbeat this often (e.g. 1s, 5s); 0 turns it off'
            cand --log-format 'Log lines on stderr: `text`, or `json`: one object per line in the platform''s LogEntry shape, timestamp, level, service, message, context {requestId, userId, serverId, operation, status, duration in ms}, metadata {environment from VPNMINE_ENVIRONMENT, version, region from VPNMINE_REGION}. `auto`: text on a terminal, else json. SQL statements slower than VPNMINE_SLOW_STATEMENT_MS (default 1000) are logged at WARN, except the bulk SQL of migrations and the demo seed'
            cand --public-url 'The URL clients reach this server at (e.g. https://vpn.example.net): the base of export download links'
            cand --export-dir 'Directory of export files and the key their links are signed with; replicas on one database share one, so that any answers any link [default: `exports` beside the database file, or vpnmine-exports in the temporary directory for :memory: and --database-url]'
            cand --export-quota 'Most bytes the export directory may hold (e.g. 1GiB, 500MB), or `off`; an export that would pass it is refused (RTE_001) until older exports expire'
            cand --lockout-after 'Failed logins for one username (within --lockout-window) that lock it; 0 turns the lockout off. Unknown usernames are locked the same way'
            cand --lockout-window 'How far back failed logins count towards a lockout (e.g. 15m, 1h)'
            cand --lockout-for 'How long a locked username is refused (e.g. 15m, 30s)'
            cand --max-sessions 'Sessions (logins) one account may hold at once; a login beyond it revokes the account''s oldest sessions. 0: unlimited'
            cand --password-min-length 'Fewest characters of a new password (accounts created, reset or changed through the API); new passwords may also not contain the username nor be a common password'
            cand --minimum-claim 'The platform''s smallest claim, in tokens (operators may set a higher one per server)'
            cand --claim-cooldown 'Time that must pass between two claims of one server (e.g. 24h, 30m; 0 for none)'
            cand --daily-emission 'Most tokens all claims together may mint per UTC day (at most six decimals), or `off` for no cap. A claim that does not fit in what is left is refused whole (BUDGET, exit 5 in `mining claim`) until the next UTC midnight'
            cand --withdrawal-minimum 'The smallest withdrawal, in tokens (fee included)'
            cand --withdrawal-fee 'The flat part of a withdrawal''s fee, in tokens; the destination receives the amount minus the fee, and a fee that would take it all is refused'
            cand --withdrawal-fee-percent 'The percentage part of a withdrawal''s fee (e.g. 1, 0.25%), rounded once to the micro-token'
            cand --withdrawal-daily-limit 'Most tokens one account may request per UTC day (requests not rejected or cancelled), or `off`; a request beyond it is refused for now (RTE_001, retry tomorrow)'
            cand --withdrawal-address-format 'What a withdrawal''s destination must be: `evm` (0x + 40 hex digits, the EIP-55 checksum checked when mixed case) or `any` (1-128 printable characters, no spaces)'
            cand --webhook-attempts 'Attempts of an alert webhook before its delivery is marked DEAD (1-10)'
            cand --webhook-backoff 'The wait after an alert webhook''s first failed attempt (e.g. 1s, 30s); it doubles after each failure, up to 5m, stretched by up to 25 % at random'
            cand --webhook-timeout 'How long one alert webhook POST may take before the attempt fails'
            cand --backup-dir 'Where the server''s backups go (scheduled ones and `admin backup create`) [default: `backups` beside the database file]'
            cand --backup-every 'Take a backup this often while serving (e.g. 6h, 30m), named vpnmine-<UTC time>.vpnbak in --backup-dir; failures are logged and make `systemHealth`''s "backups" DEGRADED'
            cand --backup-keep 'Scheduled backups to keep: after each one, the oldest beyond this are removed'
            cand --retain-raw 'How long metric samples stay raw; older hours are rolled up to one row per server and hour (its sums and sample count), which every query keeps using'
            cand --retain-auth-events 'How long login attempts (securityMetrics, AUDIT_LOG exports) are kept'
            cand --retain-audit 'How long the audit trail of mutations is kept'
            cand --retain-deliveries 'How long delivered alert webhook deliveries (and their attempts) are kept'
            cand --retain-dead-deliveries 'How long alert webhook deliveries that gave up (DEAD) are kept'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --demo 'Seed the demo network into an empty database; an existing demo network is brought up to now (its simulated servers'' heartbeats since it last ran, at most 14 days of them)'
            cand --trust-proxy 'Build links from the scheme and host a reverse proxy forwards (Forwarded, X-Forwarded-Proto, X-Forwarded-Host). Only behind a proxy that sets them'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the first admin of a new platform''s database (created if missing)'
            cand backup 'Take a backup of a database (while a server serves it), or verify one'
            cand restore 'Restore a backup over a database (verified first; the server must be stopped)'
            cand copy-store 'Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and ledger totals'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;server;init'= {
            cand --db 'SQLite database file (created when missing), or `:memory:`'
            cand --database-url 'A PostgreSQL database to run the platform on instead of `--db`: postgres://USER@HOST/DB (a password is better given in PGPASSWORD). Several servers may serve one database, each counting its own rate limits (README: "Running several replicas"). Back it up with pg_dump: --backup-dir and --backup-every copy a SQLite file'
            cand --admin 'The admin''s username: 1-64 ASCII letters, digits and ._-@'
            cand --password-min-length 'Fewest characters of the password (as `vpnmine server --password-min-length`)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --password-stdin 'Read the password from the first line of stdin (for scripts)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;server;backup'= {
            cand --db 'The database file to back up'
            cand --out 'The backup file to write (replaced if it exists)'
            cand --level 'zstd compression level, -7 to 19: higher is smaller and slower; negative levels are zstd''s fast levels (`zstd --fast=N`)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand verify 'Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;server;backup;verify'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;server;backup;help'= {
            cand verify 'Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;server;backup;help;verify'= {
        }
        &'vpnmine;server;backup;help;help'= {
        }
        &'vpnmine;server;restore'= {
            cand --db 'The database file to replace (created when missing)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;server;copy-store'= {
            cand --from 'The SQLite database to copy: sqlite:PATH'
            cand --to 'The empty PostgreSQL database to fill: postgres://USER@HOST[:PORT]/DB (a password is better passed in PGPASSWORD than in the URL, where other users may see it)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;server;help'= {
            cand init 'Create the first admin of a new platform''s database (created if missing)'
            cand backup 'Take a backup of a database (while a server serves it), or verify one'
            cand restore 'Restore a backup over a database (verified first; the server must be stopped)'
            cand copy-store 'Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and ledger totals'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;server;help;init'= {
        }
        &'vpnmine;server;help;backup'= {
            cand verify 'Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts'
        }
        &'vpnmine;server;help;backup;verify'= {
        }
        &'vpnmine;server;help;restore'= {
        }
        &'vpnmine;server;help;copy-store'= {
        }
        &'vpnmine;server;help;help'= {
        }
        &'vpnmine;api'= {
            cand -F 'A variable: NAME=VALUE, VALUE as JSON when it parses, else a string (repeatable)'
            cand --field 'A variable: NAME=VALUE, VALUE as JSON when it parses, else a string (repeatable)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --paginate 'Follow every page: repeat QUERY with $page = 1, 2, ... and merge the `items` arrays'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand operations 'Every root field with its operation document and command'
            cand schema 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;api;operations'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;api;schema'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;api;help'= {
            cand operations 'Every root field with its operation document and command'
            cand schema 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;api;help;operations'= {
        }
        &'vpnmine;api;help;schema'= {
        }
        &'vpnmine;api;help;help'= {
        }
        &'vpnmine;analytics'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand network 'Network totals over a window and the best-performing servers in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;analytics;network'= {
            cand --from 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -1d, 24h'
            cand --to 'End of the window (same forms as --from); must be after --from'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --chart 'Also draw the network''s CPU, memory, throughput and latency over the window as line charts (on a terminal; elsewhere, and with -o json/csv, the same points as data)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;analytics;help'= {
            cand network 'Network totals over a window and the best-performing servers in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;analytics;help;network'= {
        }
        &'vpnmine;analytics;help;help'= {
        }
        &'vpnmine;me'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand stats 'Your VPN sessions in a window, newest first: one page, or all of them with --all'
            cand dashboard 'Your current connection, recent connections and 30-day averages'
            cand rate 'Rate one of your ended connections once: 1-5 stars and an optional comment. Find the session ids with `vpnmine me stats`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;me;stats'= {
            cand --from 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -30d'
            cand --to 'End of the window (same forms as --from); must be after --from'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;me;dashboard'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;me;rate'= {
            cand --stars '1 (poor) to 5 (excellent)'
            cand --comment 'A few words on the connection (at most 500 characters)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;me;help'= {
            cand stats 'Your VPN sessions in a window, newest first: one page, or all of them with --all'
            cand dashboard 'Your current connection, recent connections and 30-day averages'
            cand rate 'Rate one of your ended connections once: 1-5 stars and an optional comment. Find the session ids with `vpnmine me stats`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;me;help;stats'= {
        }
        &'vpnmine;me;help;dashboard'= {
        }
        &'vpnmine;me;help;rate'= {
        }
        &'vpnmine;me;help;help'= {
        }
        &'vpnmine;users'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List accounts (admins): filter by role, user type, status or a search text'
            cand show 'Show one account (admins), deleted ones included'
            cand create 'Create an account (admins) with a fresh VLESS client id'
            cand update 'Change an account''s role and/or user type (admins)'
            cand disable 'Disable an account (admins): it cannot log in, and its tokens are revoked at once'
            cand enable 'Enable a disabled account again (admins)'
            cand delete 'Delete an account (admins): tokens revoked, login refused, ledger and history kept'
            cand reset-password 'Set a new password for an account (admins); its sessions are logged out'
            cand import 'Create many accounts from a CSV file (admins), in batches written all or nothing'
            cand dashboard 'One user''s dashboard: account, open session, statistics and mining. Your own, or anyone''s with the admin role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;users;list'= {
            cand --role 'role'
            cand --type 'User type (rate-limit class)'
            cand --status 'Omitted: active and disabled accounts'
            cand --search 'A part of the username (any case), or an exact id (up to 64 characters)'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;show'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;create'= {
            cand --role 'role'
            cand --type 'User type [default: admin for admins, free otherwise]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;update'= {
            cand --role 'role'
            cand --type 'type'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;disable'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;enable'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;delete'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;reset-password'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --password-stdin 'Read the new password from the first line of stdin'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;import'= {
            cand --from 'The CSV file (header: username,role[,user_type][,password])'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --dry-run 'Check every row and report what would happen; write nothing'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;dashboard'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;users;help'= {
            cand list 'List accounts (admins): filter by role, user type, status or a search text'
            cand show 'Show one account (admins), deleted ones included'
            cand create 'Create an account (admins) with a fresh VLESS client id'
            cand update 'Change an account''s role and/or user type (admins)'
            cand disable 'Disable an account (admins): it cannot log in, and its tokens are revoked at once'
            cand enable 'Enable a disabled account again (admins)'
            cand delete 'Delete an account (admins): tokens revoked, login refused, ledger and history kept'
            cand reset-password 'Set a new password for an account (admins); its sessions are logged out'
            cand import 'Create many accounts from a CSV file (admins), in batches written all or nothing'
            cand dashboard 'One user''s dashboard: account, open session, statistics and mining. Your own, or anyone''s with the admin role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;users;help;list'= {
        }
        &'vpnmine;users;help;show'= {
        }
        &'vpnmine;users;help;create'= {
        }
        &'vpnmine;users;help;update'= {
        }
        &'vpnmine;users;help;disable'= {
        }
        &'vpnmine;users;help;enable'= {
        }
        &'vpnmine;users;help;delete'= {
        }
        &'vpnmine;users;help;reset-password'= {
        }
        &'vpnmine;users;help;import'= {
        }
        &'vpnmine;users;help;dashboard'= {
        }
        &'vpnmine;users;help;help'= {
        }
        &'vpnmine;admin'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand dashboard 'The network at a glance: overview, top servers, top users, token metrics and the token economy'
            cand health 'The platform''s health: overall status, each component, and service counters'
            cand security 'Authentication counts, security incidents and protocol vulnerabilities in a window'
            cand audit 'The audit log: every mutation made on the platform (but agents'' heartbeats and logins), newest first, with who made it, its target ids, request id and result'
            cand economy 'The token economy: supply, circulation, spending, payouts, fees, held and pending withdrawals, and today''s emission against the daily budget'
            cand withdrawals 'Withdrawals of every account: list them, approve, reject, or mark them paid'
            cand backup 'The server''s own backups in its backup folder: take one now, or list them'
            cand maintenance 'The database''s tables and sizes, the retentions, and what the retention pass (hourly while serving) rolls up and deletes; `run` runs a pass now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;admin;dashboard'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;health'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;security'= {
            cand --from 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -1d, 24h'
            cand --to 'End of the window (same forms as --from); must be after --from'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;audit'= {
            cand --from 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -7d'
            cand --to 'End of the window (same forms as --from); must be after --from'
            cand --user 'Only mutations of this account (a user id or a username)'
            cand --operation 'Only this mutation: its root field name, e.g. claimMiningRewards'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;economy'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;withdrawals'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Withdrawals, newest first'
            cand approve 'Approve a pending withdrawal (it stays held until paid or rejected)'
            cand reject 'Reject a pending or approved withdrawal with a reason; its hold is released'
            cand pay 'Mark an approved withdrawal paid under the transfer''s reference: releases the hold, charges the fee and records the payout at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;admin;withdrawals;list'= {
            cand --status 'Only withdrawals in this state'
            cand --account 'Only this account''s withdrawals (a user id)'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;withdrawals;approve'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;withdrawals;reject'= {
            cand --reason 'Why (shown to the account; 1-256 characters)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;withdrawals;pay'= {
            cand --reference 'The payout''s reference, e.g. the transaction hash (1-256 characters)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;withdrawals;help'= {
            cand list 'Withdrawals, newest first'
            cand approve 'Approve a pending withdrawal (it stays held until paid or rejected)'
            cand reject 'Reject a pending or approved withdrawal with a reason; its hold is released'
            cand pay 'Mark an approved withdrawal paid under the transfer''s reference: releases the hold, charges the fee and records the payout at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;admin;withdrawals;help;list'= {
        }
        &'vpnmine;admin;withdrawals;help;approve'= {
        }
        &'vpnmine;admin;withdrawals;help;reject'= {
        }
        &'vpnmine;admin;withdrawals;help;pay'= {
        }
        &'vpnmine;admin;withdrawals;help;help'= {
        }
        &'vpnmine;admin;backup'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Take a backup now, while the server serves, into its backup folder: a consistent snapshot, compressed, with a manifest (schema version, row counts, SHA-256)'
            cand list 'The backups in the server''s backup folder, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;admin;backup;create'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;backup;list'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;backup;help'= {
            cand create 'Take a backup now, while the server serves, into its backup folder: a consistent snapshot, compressed, with a manifest (schema version, row counts, SHA-256)'
            cand list 'The backups in the server''s backup folder, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;admin;backup;help;create'= {
        }
        &'vpnmine;admin;backup;help;list'= {
        }
        &'vpnmine;admin;backup;help;help'= {
        }
        &'vpnmine;admin;maintenance'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Tables with rows and bytes, the retentions, and what the next pass would do (default)'
            cand run 'Run a retention pass now (audited), and show what it did'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;admin;maintenance;show'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;maintenance;run'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;admin;maintenance;help'= {
            cand show 'Tables with rows and bytes, the retentions, and what the next pass would do (default)'
            cand run 'Run a retention pass now (audited), and show what it did'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;admin;maintenance;help;show'= {
        }
        &'vpnmine;admin;maintenance;help;run'= {
        }
        &'vpnmine;admin;maintenance;help;help'= {
        }
        &'vpnmine;admin;help'= {
            cand dashboard 'The network at a glance: overview, top servers, top users, token metrics and the token economy'
            cand health 'The platform''s health: overall status, each component, and service counters'
            cand security 'Authentication counts, security incidents and protocol vulnerabilities in a window'
            cand audit 'The audit log: every mutation made on the platform (but agents'' heartbeats and logins), newest first, with who made it, its target ids, request id and result'
            cand economy 'The token economy: supply, circulation, spending, payouts, fees, held and pending withdrawals, and today''s emission against the daily budget'
            cand withdrawals 'Withdrawals of every account: list them, approve, reject, or mark them paid'
            cand backup 'The server''s own backups in its backup folder: take one now, or list them'
            cand maintenance 'The database''s tables and sizes, the retentions, and what the retention pass (hourly while serving) rolls up and deletes; `run` runs a pass now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;admin;help;dashboard'= {
        }
        &'vpnmine;admin;help;health'= {
        }
        &'vpnmine;admin;help;security'= {
        }
        &'vpnmine;admin;help;audit'= {
        }
        &'vpnmine;admin;help;economy'= {
        }
        &'vpnmine;admin;help;withdrawals'= {
            cand list 'Withdrawals, newest first'
            cand approve 'Approve a pending withdrawal (it stays held until paid or rejected)'
            cand reject 'Reject a pending or approved withdrawal with a reason; its hold is released'
            cand pay 'Mark an approved withdrawal paid under the transfer''s reference: releases the hold, charges the fee and records the payout at once'
        }
        &'vpnmine;admin;help;withdrawals;list'= {
        }
        &'vpnmine;admin;help;withdrawals;approve'= {
        }
        &'vpnmine;admin;help;withdrawals;reject'= {
        }
        &'vpnmine;admin;help;withdrawals;pay'= {
        }
        &'vpnmine;admin;help;backup'= {
            cand create 'Take a backup now, while the server serves, into its backup folder: a consistent snapshot, compressed, with a manifest (schema version, row counts, SHA-256)'
            cand list 'The backups in the server''s backup folder, newest first'
        }
        &'vpnmine;admin;help;backup;create'= {
        }
        &'vpnmine;admin;help;backup;list'= {
        }
        &'vpnmine;admin;help;maintenance'= {
            cand show 'Tables with rows and bytes, the retentions, and what the next pass would do (default)'
            cand run 'Run a retention pass now (audited), and show what it did'
        }
        &'vpnmine;admin;help;maintenance;show'= {
        }
        &'vpnmine;admin;help;maintenance;run'= {
        }
        &'vpnmine;admin;help;help'= {
        }
        &'vpnmine;man'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;completions'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;auth'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Log in to the platform and store the session for the profile in force'
            cand status 'Show the session in force: endpoint, profile, user, role, where the token is kept'
            cand logout 'Log out: revoke the session on the platform and delete the stored credentials'
            cand token 'Print the access token, for scripts (refreshed first if it has expired)'
            cand refresh 'Exchange the refresh token for a new pair now, and store it'
            cand sessions 'List your sessions (logins), or revoke them; admins: any account''s with --user'
            cand passwd 'Change your password: the current one is required; your other sessions are logged out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;auth;login'= {
            cand -u 'Account name (prompted for on a terminal when omitted)'
            cand --username 'Account name (prompted for on a terminal when omitted)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --with-token 'Read an access token from stdin and store it as is (it cannot be refreshed)'
            cand --password-stdin 'Read the password from stdin (its first line), for scripted logins; needs --username'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;auth;status'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;auth;logout'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;auth;token'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;auth;refresh'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;auth;sessions'= {
            cand --user 'Another account''s sessions (admins): with `list` and `revoke --others`'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List active sessions, newest first (the default); `current` marks this one'
            cand revoke 'Revoke a session by id, or every session but this one with --others'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;auth;sessions;list'= {
            cand --user 'Another account''s sessions (admins): with `list` and `revoke --others`'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;auth;sessions;revoke'= {
            cand --user 'Another account''s sessions (admins): with `list` and `revoke --others`'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --others 'Revoke all your other sessions (with --user: all of that account''s)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;auth;sessions;help'= {
            cand list 'List active sessions, newest first (the default); `current` marks this one'
            cand revoke 'Revoke a session by id, or every session but this one with --others'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;auth;sessions;help;list'= {
        }
        &'vpnmine;auth;sessions;help;revoke'= {
        }
        &'vpnmine;auth;sessions;help;help'= {
        }
        &'vpnmine;auth;passwd'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --password-stdin 'Read the current password (first line) and the new one (second line) from stdin'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;auth;help'= {
            cand login 'Log in to the platform and store the session for the profile in force'
            cand status 'Show the session in force: endpoint, profile, user, role, where the token is kept'
            cand logout 'Log out: revoke the session on the platform and delete the stored credentials'
            cand token 'Print the access token, for scripts (refreshed first if it has expired)'
            cand refresh 'Exchange the refresh token for a new pair now, and store it'
            cand sessions 'List your sessions (logins), or revoke them; admins: any account''s with --user'
            cand passwd 'Change your password: the current one is required; your other sessions are logged out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;auth;help;login'= {
        }
        &'vpnmine;auth;help;status'= {
        }
        &'vpnmine;auth;help;logout'= {
        }
        &'vpnmine;auth;help;token'= {
        }
        &'vpnmine;auth;help;refresh'= {
        }
        &'vpnmine;auth;help;sessions'= {
            cand list 'List active sessions, newest first (the default); `current` marks this one'
            cand revoke 'Revoke a session by id, or every session but this one with --others'
        }
        &'vpnmine;auth;help;sessions;list'= {
        }
        &'vpnmine;auth;help;sessions;revoke'= {
        }
        &'vpnmine;auth;help;passwd'= {
        }
        &'vpnmine;auth;help;help'= {
        }
        &'vpnmine;config'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print one setting of the profile in force (or a top-level one)'
            cand set 'Change one setting, validated, and write config.toml atomically'
            cand list 'List every setting of every profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;config;get'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;config;set'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;config;list'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;config;help'= {
            cand get 'Print one setting of the profile in force (or a top-level one)'
            cand set 'Change one setting, validated, and write config.toml atomically'
            cand list 'List every setting of every profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;config;help;get'= {
        }
        &'vpnmine;config;help;set'= {
        }
        &'vpnmine;config;help;list'= {
        }
        &'vpnmine;config;help;help'= {
        }
        &'vpnmine;metrics'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand watch 'Follow live metrics: the whole network, or one server with --server'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;metrics;watch'= {
            cand --server 'Only this server (realTimeMetrics: its owner or an admin)'
            cand --count 'Stop after this many updates'
            cand --duration 'Stop after this long (e.g. 30s, 5m, 1h)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;metrics;help'= {
            cand watch 'Follow live metrics: the whole network, or one server with --server'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;metrics;help;watch'= {
        }
        &'vpnmine;metrics;help;help'= {
        }
        &'vpnmine;agent'= {
            cand --server-id 'The server this host is (its owner''s or an admin''s login, or an agent token of it)'
            cand --token-file 'Report with the agent token in this file (trimmed) instead of the profile''s login'
            cand --interval 'Time between heartbeats (at least 1s)'
            cand --sessions-from 'Also send the connection events of this NDJSON file (- for stdin); see below'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --once 'Send one heartbeat and exit (with --sessions-from: after sending every event)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;mining'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Open a mining activity on a server you own (admins: any); returns the open activity'
            cand stop 'Stop a server''s mining: close its open activity (owner or admins)'
            cand configure 'Change a server''s mining settings; without options, show them'
            cand claim 'Claim the accrued rewards of servers, one row per server'
            cand earnings 'An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and net, per server, day, week or month, with the balance at the start and the end'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;mining;start'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;mining;stop'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;mining;configure'= {
            cand --rate 'Rate multiplier, 0.1-2.0'
            cand --minimum-claim 'Smallest amount a claim pays out (at least the platform minimum)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --enable 'Turn mining on'
            cand --disable 'Turn mining off (closes the open activity; unclaimed rewards stay claimable)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;mining;claim'= {
            cand --idempotency-key 'Idempotency key for a claim on one server (1-128 characters); reuse it to retry safely across runs'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --all 'Every server of the logged-in operator'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;mining;earnings'= {
            cand --from 'Start of the period: RFC 3339, a date, now/today/yesterday, or an offset like -30d [default: the beginning]'
            cand --to 'End of the period, excluded (same forms as --from)'
            cand --by 'How to group the entries'
            cand --account 'Another account''s statement (admins): its id, or `platform`'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;mining;help'= {
            cand start 'Open a mining activity on a server you own (admins: any); returns the open activity'
            cand stop 'Stop a server''s mining: close its open activity (owner or admins)'
            cand configure 'Change a server''s mining settings; without options, show them'
            cand claim 'Claim the accrued rewards of servers, one row per server'
            cand earnings 'An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and net, per server, day, week or month, with the balance at the start and the end'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;mining;help;start'= {
        }
        &'vpnmine;mining;help;stop'= {
        }
        &'vpnmine;mining;help;configure'= {
        }
        &'vpnmine;mining;help;claim'= {
        }
        &'vpnmine;mining;help;earnings'= {
        }
        &'vpnmine;mining;help;help'= {
        }
        &'vpnmine;stats'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Export detailed statistics to a file (or stdout), verified by size and SHA-256'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;stats;export'= {
            cand --from 'Start of the window: RFC 3339, a date, or relative (-1d, 24h)'
            cand --to 'End of the window (after --from): RFC 3339, a date, relative, or now'
            cand --format 'File format'
            cand --kind 'Only these kinds (comma-separated or repeated) [default: every kind you may export]'
            cand --out 'Where to write the export: a file, or - for stdout'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;stats;help'= {
            cand export 'Export detailed statistics to a file (or stdout), verified by size and SHA-256'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;stats;help;export'= {
        }
        &'vpnmine;stats;help;help'= {
        }
        &'vpnmine;uuids'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand validate 'Check users'' UUIDs and the VLESS/REALITY client entries that reference them'
            cand migrate 'Give users new UUIDs and rewrite every configuration that references them'
            cand rollback 'Give users back the UUIDs a migration took, from its --report file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;uuids;validate'= {
            cand --user 'Only this user (repeat for more) [default: every user and configuration]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;uuids;migrate'= {
            cand --user 'Only this user (repeat for more) [default: every user]'
            cand --batch-size 'Users per transaction (1-10000)'
            cand --report 'Write a report of each user''s UUID before and after: FILE.csv or FILE.json'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --dry-run 'Show what would change (with the UUIDs users would get) without changing anything'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;uuids;rollback'= {
            cand --from 'The report of the migration to undo (CSV or JSON, from `uuids migrate --report`)'
            cand --user 'Only this user of the report (repeat for more) [default: every migrated user in it]'
            cand --batch-size 'Users per transaction (1-10000)'
            cand --report 'Write a report of each user''s UUID before and after: FILE.csv or FILE.json'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --dry-run 'Show what would change (with the UUIDs users would get) without changing anything'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;uuids;help'= {
            cand validate 'Check users'' UUIDs and the VLESS/REALITY client entries that reference them'
            cand migrate 'Give users new UUIDs and rewrite every configuration that references them'
            cand rollback 'Give users back the UUIDs a migration took, from its --report file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;uuids;help;validate'= {
        }
        &'vpnmine;uuids;help;migrate'= {
        }
        &'vpnmine;uuids;help;rollback'= {
        }
        &'vpnmine;uuids;help;help'= {
        }
        &'vpnmine;wallet'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand balance 'Your balance, what is held for withdrawals, what is available, and the withdrawal rules'
            cand history 'Your ledger entries, newest first, each with the balance after it'
            cand withdraw 'Request a withdrawal of your tokens to a destination address'
            cand cancel 'Cancel one of your pending withdrawals (its hold is released)'
            cand withdrawals 'Your withdrawals, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;wallet;balance'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;wallet;history'= {
            cand --from 'Only entries at or after this time: RFC 3339, a date, now/today/yesterday, or an offset like -7d [default: the first entry]'
            cand --to 'Only entries before this time (same forms as --from) [default: now]'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;wallet;withdraw'= {
            cand --amount 'Tokens to withdraw, fee included (at most 6 decimals)'
            cand --to 'The destination address (by default an EVM address, 0x + 40 hex digits)'
            cand --idempotency-key 'Idempotency key (1-128 characters) [default: a new UUID]: reuse one to retry safely across runs'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;wallet;cancel'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;wallet;withdrawals'= {
            cand --status 'Only withdrawals in this state'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;wallet;help'= {
            cand balance 'Your balance, what is held for withdrawals, what is available, and the withdrawal rules'
            cand history 'Your ledger entries, newest first, each with the balance after it'
            cand withdraw 'Request a withdrawal of your tokens to a destination address'
            cand cancel 'Cancel one of your pending withdrawals (its hold is released)'
            cand withdrawals 'Your withdrawals, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;wallet;help;balance'= {
        }
        &'vpnmine;wallet;help;history'= {
        }
        &'vpnmine;wallet;help;withdraw'= {
        }
        &'vpnmine;wallet;help;cancel'= {
        }
        &'vpnmine;wallet;help;withdrawals'= {
        }
        &'vpnmine;wallet;help;help'= {
        }
        &'vpnmine;alerts'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand rules 'Alert rules: list, show, create, update, delete, and test against the latest figures'
            cand list 'Alerts, newest first: yours (your servers'' and rules'') or, for admins, every one'
            cand ack 'Acknowledge an alert (firing or resolved): someone is on it. The first one stands'
            cand silence 'Hold back the notifications of a rule''s alerts or of one alert for a while'
            cand silences 'Silences you may see, the latest ending first'
            cand unsilence 'End a silence now'
            cand history 'Alerts that were firing at some time in a window (fired or resolved), newest first'
            cand watch 'Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal'
            cand channels 'Webhook channels that receive alerts: list, create, delete, test'
            cand deliveries 'The webhook outbox: each notification, its status and its attempts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;alerts;rules'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List alert rules (admins: all; operators: the built-in ones and their own)'
            cand show 'Show one rule with its channels'
            cand create 'Create a rule, owned by you'
            cand update 'Change a rule: only the flags given change; --channel replaces the list'
            cand delete 'Delete a rule and its alerts'' history (built-in rules cannot be deleted: disable them)'
            cand test 'Read a stored rule (ID) or a new one (the flags of create) against each watched server''s latest figures. Nothing is written'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;alerts;rules;list'= {
            cand --metric 'Only rules of this metric'
            cand --server 'Only rules that watch this server'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --enabled 'Only enabled rules'
            cand --disabled 'Only disabled rules'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;rules;show'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;rules;create'= {
            cand --name 'The rule''s name: 1-64 letters, digits, ''_'', ''-'' or ''.'', unique among yours'
            cand --metric 'What it watches: cpu, memory, network-in, network-out, connections, latency, error-rate, offline-for, custom:NAME, network-connections, network-bandwidth, network-latency, network-active-users, network-token-rate, network-offline-servers.'
            cand --op 'How the value compares with the threshold: gt, lt, eq (or >, <, =)'
            cand --threshold 'The threshold, in the metric''s unit (percent, ms, Mbit/s, seconds, 0-1 for error-rate)'
            cand --for 'How long the condition must hold before the alert fires: 0, 90s, 5m, 2h [create: 1m]'
            cand --severity 'info, warning or critical [create: warning]'
            cand --server 'Watch one server'
            cand --operator 'Watch every server of this operator (an account id)'
            cand --channel 'A channel to notify (repeat for more, at most 10)'
            cand --message 'The alert''s summary template [default: rule, metric, value, server and condition]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --network 'Watch the whole network (admins), or its totals for a network-* metric'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;rules;update'= {
            cand --name 'The rule''s name: 1-64 letters, digits, ''_'', ''-'' or ''.'', unique among yours'
            cand --metric 'What it watches: cpu, memory, network-in, network-out, connections, latency, error-rate, offline-for, custom:NAME, network-connections, network-bandwidth, network-latency, network-active-users, network-token-rate, network-offline-servers.'
            cand --op 'How the value compares with the threshold: gt, lt, eq (or >, <, =)'
            cand --threshold 'The threshold, in the metric''s unit (percent, ms, Mbit/s, seconds, 0-1 for error-rate)'
            cand --for 'How long the condition must hold before the alert fires: 0, 90s, 5m, 2h [create: 1m]'
            cand --severity 'info, warning or critical [create: warning]'
            cand --server 'Watch one server'
            cand --operator 'Watch every server of this operator (an account id)'
            cand --channel 'A channel to notify (repeat for more, at most 10)'
            cand --message 'The alert''s summary template [default: rule, metric, value, server and condition]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --network 'Watch the whole network (admins), or its totals for a network-* metric'
            cand --enable 'Enable the rule'
            cand --disable 'Disable the rule (its firing alerts resolve)'
            cand --no-channels 'Notify no channels'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;rules;delete'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;rules;test'= {
            cand --name 'The rule''s name: 1-64 letters, digits, ''_'', ''-'' or ''.'', unique among yours'
            cand --metric 'What it watches: cpu, memory, network-in, network-out, connections, latency, error-rate, offline-for, custom:NAME, network-connections, network-bandwidth, network-latency, network-active-users, network-token-rate, network-offline-servers.'
            cand --op 'How the value compares with the threshold: gt, lt, eq (or >, <, =)'
            cand --threshold 'The threshold, in the metric''s unit (percent, ms, Mbit/s, seconds, 0-1 for error-rate)'
            cand --for 'How long the condition must hold before the alert fires: 0, 90s, 5m, 2h [create: 1m]'
            cand --severity 'info, warning or critical [create: warning]'
            cand --server 'Watch one server'
            cand --operator 'Watch every server of this operator (an account id)'
            cand --channel 'A channel to notify (repeat for more, at most 10)'
            cand --message 'The alert''s summary template [default: rule, metric, value, server and condition]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --network 'Watch the whole network (admins), or its totals for a network-* metric'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;rules;help'= {
            cand list 'List alert rules (admins: all; operators: the built-in ones and their own)'
            cand show 'Show one rule with its channels'
            cand create 'Create a rule, owned by you'
            cand update 'Change a rule: only the flags given change; --channel replaces the list'
            cand delete 'Delete a rule and its alerts'' history (built-in rules cannot be deleted: disable them)'
            cand test 'Read a stored rule (ID) or a new one (the flags of create) against each watched server''s latest figures. Nothing is written'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;alerts;rules;help;list'= {
        }
        &'vpnmine;alerts;rules;help;show'= {
        }
        &'vpnmine;alerts;rules;help;create'= {
        }
        &'vpnmine;alerts;rules;help;update'= {
        }
        &'vpnmine;alerts;rules;help;delete'= {
        }
        &'vpnmine;alerts;rules;help;test'= {
        }
        &'vpnmine;alerts;rules;help;help'= {
        }
        &'vpnmine;alerts;list'= {
            cand --severity 'Only alerts of this severity'
            cand --server 'Only alerts of this server'
            cand --rule 'Only alerts of this rule'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --active 'Only firing alerts'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;ack'= {
            cand --comment 'Why, or what is being done (1-500 characters)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;silence'= {
            cand --for 'How long, from now: 30s, 15m, 2h, 1d (at most 30d)'
            cand --comment 'Why (1-500 characters)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;silences'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --active 'Only silences in force now'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;unsilence'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;history'= {
            cand --from 'Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -7d'
            cand --to 'End of the window (same forms as --from)'
            cand --severity 'Only alerts of this severity'
            cand --server 'Only alerts of this server'
            cand --rule 'Only alerts of this rule'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;watch'= {
            cand --min-severity 'Only events at this severity or worse'
            cand --fail-on 'Exit 5 after printing the first event at this severity or worse'
            cand --count 'Stop after this many events'
            cand --duration 'Stop after this long (e.g. 30s, 5m, 1h)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;channels'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your channels (every channel for admins); secrets are never shown'
            cand create 'Create a webhook channel; its secret is printed once'
            cand delete 'Delete a channel, its links to rules and its deliveries'
            cand test 'Send one signed test body to a channel now and show the answer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;alerts;channels;list'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;channels;create'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --secret-stdin 'Read the secret (16-256 printable characters, no spaces) from stdin''s first line; without it, 32 random bytes in hex are generated'
            cand --allow-insecure 'Allow plain http to a host other than this machine'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;channels;delete'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -y 'Delete without asking (needed without a terminal)'
            cand --yes 'Delete without asking (needed without a terminal)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;channels;test'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;channels;help'= {
            cand list 'List your channels (every channel for admins); secrets are never shown'
            cand create 'Create a webhook channel; its secret is printed once'
            cand delete 'Delete a channel, its links to rules and its deliveries'
            cand test 'Send one signed test body to a channel now and show the answer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;alerts;channels;help;list'= {
        }
        &'vpnmine;alerts;channels;help;create'= {
        }
        &'vpnmine;alerts;channels;help;delete'= {
        }
        &'vpnmine;alerts;channels;help;test'= {
        }
        &'vpnmine;alerts;channels;help;help'= {
        }
        &'vpnmine;alerts;deliveries'= {
            cand --status 'Only deliveries in this state (dead: every attempt failed)'
            cand --alert 'Only the deliveries of this alert'
            cand --channel 'Only the deliveries to this channel'
            cand --page 'Page to show, from 1'
            cand --size 'Items per page (1-500) [default: 20; with --all, 500]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --all 'Follow every page (ignores --page); a progress bar shows on a terminal'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;alerts;help'= {
            cand rules 'Alert rules: list, show, create, update, delete, and test against the latest figures'
            cand list 'Alerts, newest first: yours (your servers'' and rules'') or, for admins, every one'
            cand ack 'Acknowledge an alert (firing or resolved): someone is on it. The first one stands'
            cand silence 'Hold back the notifications of a rule''s alerts or of one alert for a while'
            cand silences 'Silences you may see, the latest ending first'
            cand unsilence 'End a silence now'
            cand history 'Alerts that were firing at some time in a window (fired or resolved), newest first'
            cand watch 'Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal'
            cand channels 'Webhook channels that receive alerts: list, create, delete, test'
            cand deliveries 'The webhook outbox: each notification, its status and its attempts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;alerts;help;rules'= {
            cand list 'List alert rules (admins: all; operators: the built-in ones and their own)'
            cand show 'Show one rule with its channels'
            cand create 'Create a rule, owned by you'
            cand update 'Change a rule: only the flags given change; --channel replaces the list'
            cand delete 'Delete a rule and its alerts'' history (built-in rules cannot be deleted: disable them)'
            cand test 'Read a stored rule (ID) or a new one (the flags of create) against each watched server''s latest figures. Nothing is written'
        }
        &'vpnmine;alerts;help;rules;list'= {
        }
        &'vpnmine;alerts;help;rules;show'= {
        }
        &'vpnmine;alerts;help;rules;create'= {
        }
        &'vpnmine;alerts;help;rules;update'= {
        }
        &'vpnmine;alerts;help;rules;delete'= {
        }
        &'vpnmine;alerts;help;rules;test'= {
        }
        &'vpnmine;alerts;help;list'= {
        }
        &'vpnmine;alerts;help;ack'= {
        }
        &'vpnmine;alerts;help;silence'= {
        }
        &'vpnmine;alerts;help;silences'= {
        }
        &'vpnmine;alerts;help;unsilence'= {
        }
        &'vpnmine;alerts;help;history'= {
        }
        &'vpnmine;alerts;help;watch'= {
        }
        &'vpnmine;alerts;help;channels'= {
            cand list 'List your channels (every channel for admins); secrets are never shown'
            cand create 'Create a webhook channel; its secret is printed once'
            cand delete 'Delete a channel, its links to rules and its deliveries'
            cand test 'Send one signed test body to a channel now and show the answer'
        }
        &'vpnmine;alerts;help;channels;list'= {
        }
        &'vpnmine;alerts;help;channels;create'= {
        }
        &'vpnmine;alerts;help;channels;delete'= {
        }
        &'vpnmine;alerts;help;channels;test'= {
        }
        &'vpnmine;alerts;help;deliveries'= {
        }
        &'vpnmine;alerts;help;help'= {
        }
        &'vpnmine;keys'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand reality 'A REALITY (x25519) private key and its public key'
            cand wireguard 'A WireGuard key pair and a preshared key'
            cand uuid 'Version-4 UUIDs for VLESS and REALITY clients'
            cand short-id 'A REALITY shortId: hex digits, an even number of them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;keys;reality'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;keys;wireguard'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;keys;uuid'= {
            cand --count 'How many UUIDs to generate (1 to 10000)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --plain 'One bare UUID a line, no header (not with -o json or csv)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;keys;short-id'= {
            cand --length 'Hex digits: even, 2 to 16'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --plain 'The bare shortId, no header (not with -o json or csv)'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;keys;help'= {
            cand reality 'A REALITY (x25519) private key and its public key'
            cand wireguard 'A WireGuard key pair and a preshared key'
            cand uuid 'Version-4 UUIDs for VLESS and REALITY clients'
            cand short-id 'A REALITY shortId: hex digits, an even number of them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;keys;help;reality'= {
        }
        &'vpnmine;keys;help;wireguard'= {
        }
        &'vpnmine;keys;help;uuid'= {
        }
        &'vpnmine;keys;help;short-id'= {
        }
        &'vpnmine;keys;help;help'= {
        }
        &'vpnmine;exporter'= {
            cand --listen 'Address to serve /metrics on; port 0 picks a free port. The address in use is printed on stderr'
            cand --interval 'How often to poll the platform (at least 1s)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;doctor'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;top'= {
            cand --sort 'Sort the table by this, largest first (keys c, m, n, l, b)'
            cand --protocol 'Only servers offering this protocol (key p)'
            cand --region 'Only servers in this region, e.g. eu-west (key r)'
            cand --search 'Only servers whose name or id contains this (key /)'
            cand --refresh 'How often the server list is fetched again (live figures arrive as they happen)'
            cand --size 'The frame''s size for --once, COLSxROWS [default: the terminal''s, else 100x30]'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database [default: the profile''s endpoint, else local]'
            cand --profile 'Configuration profile: its endpoint and stored credentials [default: default_profile in config.toml, else `default`]'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --jq 'Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print raw, one result per line. Implies -o json'
            cand --columns 'Choose and order the columns of a table or CSV: header names or JSON paths, e.g. `--columns name,status,cpu`'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --once 'Print one frame as plain text and exit: no terminal needed'
            cand -q 'Print nothing but errors (and the data of -o json/csv)'
            cand --quiet 'Print nothing but errors (and the data of -o json/csv)'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand --allow-insecure-http 'Allow sending a token over plain http to a host that is not this machine'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vpnmine;help'= {
            cand servers 'List and manage mining servers'
            cand server 'Run the bundled platform backend (GraphQL over HTTP on SQLite)'
            cand api 'The API itself: raw GraphQL queries, the operation table and the schema'
            cand analytics 'Network-wide analytics over a time window'
            cand me 'Your own connections: sessions and dashboard'
            cand users 'Other users'' dashboards (admins; users may read their own)'
            cand admin 'Admin views: dashboard, system health, security, audit, withdrawals'
            cand man 'Print the man page (roff); a copy is committed as man/vpnmine.1'
            cand completions 'Print a shell completion script'
            cand auth 'Log in and out, and show or refresh the session'
            cand config 'Profiles and settings in config.toml'
            cand metrics 'Live metrics from the platform'
            cand agent 'Report this host''s metrics as a server''s heartbeat, on an interval, and the VPN connections a core''s hook writes (--sessions-from)'
            cand mining 'Start mining, claim rewards and change mining settings'
            cand stats 'Export detailed statistics to a verified file (for cron jobs and scripts)'
            cand uuids 'Validate and migrate users'' VLESS/REALITY UUIDs (admins)'
            cand wallet 'Your tokens: balance, ledger history and withdrawals'
            cand alerts 'Alert rules, what fired, and where notifications go (operators and admins)'
            cand keys 'Generate REALITY and WireGuard keys, UUIDs and shortIds on this machine (no platform)'
            cand exporter 'Serve the platform''s servers, network and token figures to Prometheus (GET /metrics), polled on an interval'
            cand doctor 'Check the platform: endpoint, TLS, clock, token, rate limit, and which commands its schema supports'
            cand top 'A live full-screen view of the network: servers, load, alerts (q quits)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;help;servers'= {
            cand list 'List mining servers, filtered and sorted, one page or all of them'
            cand by-protocol 'List every server offering a protocol (mining or not), in the order asked for'
            cand metrics 'Show a server''s metrics over time, one row per bucket (owner and admins)'
            cand enable 'Turn mining on for a server you own (admins: any)'
            cand protocol 'Manage a server''s protocol endpoints'
            cand configure 'Change a server''s identity, maintenance state or free-form settings'
            cand register 'Register a server: operators their own, admins for any operator (--owner)'
            cand update 'Change a server''s host name, public IP, location or capacity (owner or admins)'
            cand decommission 'Retire a server for good: history kept, no heartbeats, claims or mining afterwards'
            cand token 'Issue, list and revoke the tokens a server''s agent reports with'
        }
        &'vpnmine;help;servers;list'= {
        }
        &'vpnmine;help;servers;by-protocol'= {
        }
        &'vpnmine;help;servers;metrics'= {
        }
        &'vpnmine;help;servers;enable'= {
        }
        &'vpnmine;help;servers;protocol'= {
            cand show 'Show a server''s protocol endpoints, secrets redacted unless --reveal (owner or admins)'
            cand remove 'Remove one protocol endpoint of a server (owner or admins)'
            cand link 'Print a user''s client share link (vless, reality) or WireGuard config for a server'
            cand set 'Create or replace one protocol endpoint of a server, its configuration validated first'
        }
        &'vpnmine;help;servers;protocol;show'= {
        }
        &'vpnmine;help;servers;protocol;remove'= {
        }
        &'vpnmine;help;servers;protocol;link'= {
        }
        &'vpnmine;help;servers;protocol;set'= {
        }
        &'vpnmine;help;servers;configure'= {
        }
        &'vpnmine;help;servers;register'= {
        }
        &'vpnmine;help;servers;update'= {
        }
        &'vpnmine;help;servers;decommission'= {
        }
        &'vpnmine;help;servers;token'= {
            cand create 'Issue a token that lets this server''s agent report for it, and nothing else'
            cand list 'List a server''s live agent tokens (never their secrets)'
            cand revoke 'Revoke an agent token at once'
        }
        &'vpnmine;help;servers;token;create'= {
        }
        &'vpnmine;help;servers;token;list'= {
        }
        &'vpnmine;help;servers;token;revoke'= {
        }
        &'vpnmine;help;server'= {
            cand init 'Create the first admin of a new platform''s database (created if missing)'
            cand backup 'Take a backup of a database (while a server serves it), or verify one'
            cand restore 'Restore a backup over a database (verified first; the server must be stopped)'
            cand copy-store 'Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and ledger totals'
        }
        &'vpnmine;help;server;init'= {
        }
        &'vpnmine;help;server;backup'= {
            cand verify 'Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts'
        }
        &'vpnmine;help;server;backup;verify'= {
        }
        &'vpnmine;help;server;restore'= {
        }
        &'vpnmine;help;server;copy-store'= {
        }
        &'vpnmine;help;api'= {
            cand operations 'Every root field with its operation document and command'
            cand schema 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
        }
        &'vpnmine;help;api;operations'= {
        }
        &'vpnmine;help;api;schema'= {
        }
        &'vpnmine;help;analytics'= {
            cand network 'Network totals over a window and the best-performing servers in it'
        }
        &'vpnmine;help;analytics;network'= {
        }
        &'vpnmine;help;me'= {
            cand stats 'Your VPN sessions in a window, newest first: one page, or all of them with --all'
            cand dashboard 'Your current connection, recent connections and 30-day averages'
            cand rate 'Rate one of your ended connections once: 1-5 stars and an optional comment. Find the session ids with `vpnmine me stats`'
        }
        &'vpnmine;help;me;stats'= {
        }
        &'vpnmine;help;me;dashboard'= {
        }
        &'vpnmine;help;me;rate'= {
        }
        &'vpnmine;help;users'= {
            cand list 'List accounts (admins): filter by role, user type, status or a search text'
            cand show 'Show one account (admins), deleted ones included'
            cand create 'Create an account (admins) with a fresh VLESS client id'
            cand update 'Change an account''s role and/or user type (admins)'
            cand disable 'Disable an account (admins): it cannot log in, and its tokens are revoked at once'
            cand enable 'Enable a disabled account again (admins)'
            cand delete 'Delete an account (admins): tokens revoked, login refused, ledger and history kept'
            cand reset-password 'Set a new password for an account (admins); its sessions are logged out'
            cand import 'Create many accounts from a CSV file (admins), in batches written all or nothing'
            cand dashboard 'One user''s dashboard: account, open session, statistics and mining. Your own, or anyone''s with the admin role'
        }
        &'vpnmine;help;users;list'= {
        }
        &'vpnmine;help;users;show'= {
        }
        &'vpnmine;help;users;create'= {
        }
        &'vpnmine;help;users;update'= {
        }
        &'vpnmine;help;users;disable'= {
        }
        &'vpnmine;help;users;enable'= {
        }
        &'vpnmine;help;users;delete'= {
        }
        &'vpnmine;help;users;reset-password'= {
        }
        &'vpnmine;help;users;import'= {
        }
        &'vpnmine;help;users;dashboard'= {
        }
        &'vpnmine;help;admin'= {
            cand dashboard 'The network at a glance: overview, top servers, top users, token metrics and the token economy'
            cand health 'The platform''s health: overall status, each component, and service counters'
            cand security 'Authentication counts, security incidents and protocol vulnerabilities in a window'
            cand audit 'The audit log: every mutation made on the platform (but agents'' heartbeats and logins), newest first, with who made it, its target ids, request id and result'
            cand economy 'The token economy: supply, circulation, spending, payouts, fees, held and pending withdrawals, and today''s emission against the daily budget'
            cand withdrawals 'Withdrawals of every account: list them, approve, reject, or mark them paid'
            cand backup 'The server''s own backups in its backup folder: take one now, or list them'
            cand maintenance 'The database''s tables and sizes, the retentions, and what the retention pass (hourly while serving) rolls up and deletes; `run` runs a pass now'
        }
        &'vpnmine;help;admin;dashboard'= {
        }
        &'vpnmine;help;admin;health'= {
        }
        &'vpnmine;help;admin;security'= {
        }
        &'vpnmine;help;admin;audit'= {
        }
        &'vpnmine;help;admin;economy'= {
        }
        &'vpnmine;help;admin;withdrawals'= {
            cand list 'Withdrawals, newest first'
            cand approve 'Approve a pending withdrawal (it stays held until paid or rejected)'
            cand reject 'Reject a pending or approved withdrawal with a reason; its hold is released'
            cand pay 'Mark an approved withdrawal paid under the transfer''s reference: releases the hold, charges the fee and records the payout at once'
        }
        &'vpnmine;help;admin;withdrawals;list'= {
        }
        &'vpnmine;help;admin;withdrawals;approve'= {
        }
        &'vpnmine;help;admin;withdrawals;reject'= {
        }
        &'vpnmine;help;admin;withdrawals;pay'= {
        }
        &'vpnmine;help;admin;backup'= {
            cand create 'Take a backup now, while the server serves, into its backup folder: a consistent snapshot, compressed, with a manifest (schema version, row counts, SHA-256)'
            cand list 'The backups in the server''s backup folder, newest first'
        }
        &'vpnmine;help;admin;backup;create'= {
        }
        &'vpnmine;help;admin;backup;list'= {
        }
        &'vpnmine;help;admin;maintenance'= {
            cand show 'Tables with rows and bytes, the retentions, and what the next pass would do (default)'
            cand run 'Run a retention pass now (audited), and show what it did'
        }
        &'vpnmine;help;admin;maintenance;show'= {
        }
        &'vpnmine;help;admin;maintenance;run'= {
        }
        &'vpnmine;help;man'= {
        }
        &'vpnmine;help;completions'= {
        }
        &'vpnmine;help;auth'= {
            cand login 'Log in to the platform and store the session for the profile in force'
            cand status 'Show the session in force: endpoint, profile, user, role, where the token is kept'
            cand logout 'Log out: revoke the session on the platform and delete the stored credentials'
            cand token 'Print the access token, for scripts (refreshed first if it has expired)'
            cand refresh 'Exchange the refresh token for a new pair now, and store it'
            cand sessions 'List your sessions (logins), or revoke them; admins: any account''s with --user'
            cand passwd 'Change your password: the current one is required; your other sessions are logged out'
        }
        &'vpnmine;help;auth;login'= {
        }
        &'vpnmine;help;auth;status'= {
        }
        &'vpnmine;help;auth;logout'= {
        }
        &'vpnmine;help;auth;token'= {
        }
        &'vpnmine;help;auth;refresh'= {
        }
        &'vpnmine;help;auth;sessions'= {
            cand list 'List active sessions, newest first (the default); `current` marks this one'
            cand revoke 'Revoke a session by id, or every session but this one with --others'
        }
        &'vpnmine;help;auth;sessions;list'= {
        }
        &'vpnmine;help;auth;sessions;revoke'= {
        }
        &'vpnmine;help;auth;passwd'= {
        }
        &'vpnmine;help;config'= {
            cand get 'Print one setting of the profile in force (or a top-level one)'
            cand set 'Change one setting, validated, and write config.toml atomically'
            cand list 'List every setting of every profile'
        }
        &'vpnmine;help;config;get'= {
        }
        &'vpnmine;help;config;set'= {
        }
        &'vpnmine;help;config;list'= {
        }
        &'vpnmine;help;metrics'= {
            cand watch 'Follow live metrics: the whole network, or one server with --server'
        }
        &'vpnmine;help;metrics;watch'= {
        }
        &'vpnmine;help;agent'= {
        }
        &'vpnmine;help;mining'= {
            cand start 'Open a mining activity on a server you own (admins: any); returns the open activity'
            cand stop 'Stop a server''s mining: close its open activity (owner or admins)'
            cand configure 'Change a server''s mining settings; without options, show them'
            cand claim 'Claim the accrued rewards of servers, one row per server'
            cand earnings 'An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and net, per server, day, week or month, with the balance at the start and the end'
        }
        &'vpnmine;help;mining;start'= {
        }
        &'vpnmine;help;mining;stop'= {
        }
        &'vpnmine;help;mining;configure'= {
        }
        &'vpnmine;help;mining;claim'= {
        }
        &'vpnmine;help;mining;earnings'= {
        }
        &'vpnmine;help;stats'= {
            cand export 'Export detailed statistics to a file (or stdout), verified by size and SHA-256'
        }
        &'vpnmine;help;stats;export'= {
        }
        &'vpnmine;help;uuids'= {
            cand validate 'Check users'' UUIDs and the VLESS/REALITY client entries that reference them'
            cand migrate 'Give users new UUIDs and rewrite every configuration that references them'
            cand rollback 'Give users back the UUIDs a migration took, from its --report file'
        }
        &'vpnmine;help;uuids;validate'= {
        }
        &'vpnmine;help;uuids;migrate'= {
        }
        &'vpnmine;help;uuids;rollback'= {
        }
        &'vpnmine;help;wallet'= {
            cand balance 'Your balance, what is held for withdrawals, what is available, and the withdrawal rules'
            cand history 'Your ledger entries, newest first, each with the balance after it'
            cand withdraw 'Request a withdrawal of your tokens to a destination address'
            cand cancel 'Cancel one of your pending withdrawals (its hold is released)'
            cand withdrawals 'Your withdrawals, newest first'
        }
        &'vpnmine;help;wallet;balance'= {
        }
        &'vpnmine;help;wallet;history'= {
        }
        &'vpnmine;help;wallet;withdraw'= {
        }
        &'vpnmine;help;wallet;cancel'= {
        }
        &'vpnmine;help;wallet;withdrawals'= {
        }
        &'vpnmine;help;alerts'= {
            cand rules 'Alert rules: list, show, create, update, delete, and test against the latest figures'
            cand list 'Alerts, newest first: yours (your servers'' and rules'') or, for admins, every one'
            cand ack 'Acknowledge an alert (firing or resolved): someone is on it. The first one stands'
            cand silence 'Hold back the notifications of a rule''s alerts or of one alert for a while'
            cand silences 'Silences you may see, the latest ending first'
            cand unsilence 'End a silence now'
            cand history 'Alerts that were firing at some time in a window (fired or resolved), newest first'
            cand watch 'Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal'
            cand channels 'Webhook channels that receive alerts: list, create, delete, test'
            cand deliveries 'The webhook outbox: each notification, its status and its attempts'
        }
        &'vpnmine;help;alerts;rules'= {
            cand list 'List alert rules (admins: all; operators: the built-in ones and their own)'
            cand show 'Show one rule with its channels'
            cand create 'Create a rule, owned by you'
            cand update 'Change a rule: only the flags given change; --channel replaces the list'
            cand delete 'Delete a rule and its alerts'' history (built-in rules cannot be deleted: disable them)'
            cand test 'Read a stored rule (ID) or a new one (the flags of create) against each watched server''s latest figures. Nothing is written'
        }
        &'vpnmine;help;alerts;rules;list'= {
        }
        &'vpnmine;help;alerts;rules;show'= {
        }
        &'vpnmine;help;alerts;rules;create'= {
        }
        &'vpnmine;help;alerts;rules;update'= {
        }
        &'vpnmine;help;alerts;rules;delete'= {
        }
        &'vpnmine;help;alerts;rules;test'= {
        }
        &'vpnmine;help;alerts;list'= {
        }
        &'vpnmine;help;alerts;ack'= {
        }
        &'vpnmine;help;alerts;silence'= {
        }
        &'vpnmine;help;alerts;silences'= {
        }
        &'vpnmine;help;alerts;unsilence'= {
        }
        &'vpnmine;help;alerts;history'= {
        }
        &'vpnmine;help;alerts;watch'= {
        }
        &'vpnmine;help;alerts;channels'= {
            cand list 'List your channels (every channel for admins); secrets are never shown'
            cand create 'Create a webhook channel; its secret is printed once'
            cand delete 'Delete a channel, its links to rules and its deliveries'
            cand test 'Send one signed test body to a channel now and show the answer'
        }
        &'vpnmine;help;alerts;channels;list'= {
        }
        &'vpnmine;help;alerts;channels;create'= {
        }
        &'vpnmine;help;alerts;channels;delete'= {
        }
        &'vpnmine;help;alerts;channels;test'= {
        }
        &'vpnmine;help;alerts;deliveries'= {
        }
        &'vpnmine;help;keys'= {
            cand reality 'A REALITY (x25519) private key and its public key'
            cand wireguard 'A WireGuard key pair and a preshared key'
            cand uuid 'Version-4 UUIDs for VLESS and REALITY clients'
            cand short-id 'A REALITY shortId: hex digits, an even number of them'
        }
        &'vpnmine;help;keys;reality'= {
        }
        &'vpnmine;help;keys;wireguard'= {
        }
        &'vpnmine;help;keys;uuid'= {
        }
        &'vpnmine;help;keys;short-id'= {
        }
        &'vpnmine;help;exporter'= {
        }
        &'vpnmine;help;doctor'= {
        }
        &'vpnmine;help;top'= {
        }
        &'vpnmine;help;help'= {
        }
    ]
    $completions[$command]
}
