
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
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
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
            cand api 'The API itself: the operation table and the schema'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;servers'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
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
            cand --size 'Servers per page (1-500)'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --desc 'Sort descending'
            cand --all 'Follow every page (ignores --page)'
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
        &'vpnmine;servers;help'= {
            cand list 'List mining servers, filtered and sorted, one page or all of them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;servers;help;list'= {
        }
        &'vpnmine;servers;help;help'= {
        }
        &'vpnmine;server'= {
            cand --listen 'Address to listen on (port 0 picks a free port). Binds loopback by default'
            cand --db 'SQLite database file, or `:memory:`'
            cand --demo-scale 'Size multiplier of the demo network (1 = 300 servers, 3,000 users)'
            cand --seed 'Seed of the demo network''s random generator'
            cand --rate-limit 'Requests per minute per caller and user type, e.g. FREE=300,PREMIUM=1200,ADMIN=12000 (0 = unlimited), or `off`'
            cand --simulate 'Simulate the demo network''s agents: every server in service reports a heartbeat this often (e.g. 1s, 5s); 0 turns it off'
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
            cand --timeout 'Seconds to wait for the platform before giving up'
            cand --demo 'Seed the demo network into an empty database'
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
        &'vpnmine;api'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
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
            cand operations 'Every root field with its operation document and command'
            cand schema 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;api;operations'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
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
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
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
        &'vpnmine;completions'= {
            cand --endpoint 'GraphQL endpoint URL, or `local` for the embedded backend on the local database'
            cand -o 'Output format: table (aligned text when piped), json or csv'
            cand --output 'Output format: table (aligned text when piped), json or csv'
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
        &'vpnmine;help'= {
            cand servers 'List and manage mining servers'
            cand server 'Run the bundled platform backend (GraphQL over HTTP on SQLite)'
            cand api 'The API itself: the operation table and the schema'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vpnmine;help;servers'= {
            cand list 'List mining servers, filtered and sorted, one page or all of them'
        }
        &'vpnmine;help;servers;list'= {
        }
        &'vpnmine;help;server'= {
        }
        &'vpnmine;help;api'= {
            cand operations 'Every root field with its operation document and command'
            cand schema 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
        }
        &'vpnmine;help;api;operations'= {
        }
        &'vpnmine;help;api;schema'= {
        }
        &'vpnmine;help;completions'= {
        }
        &'vpnmine;help;help'= {
        }
    ]
    $completions[$command]
}
