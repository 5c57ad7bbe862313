# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_vpnmine_global_optspecs
    string join \n endpoint= o/output= q/quiet v/verbose no-color timeout= allow-insecure-http h/help V/version
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

complete -c vpnmine -n "__fish_vpnmine_needs_command" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database' -r
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_needs_command" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "servers" -d 'List and manage mining servers'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "server" -d 'Run the bundled platform backend (GraphQL over HTTP on SQLite)'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "api" -d 'The API itself: the operation table and the schema'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c vpnmine -n "__fish_vpnmine_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List mining servers, filtered and sorted, one page or all of them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l protocol -d 'Only servers offering this protocol' -r -f -a "vless\t''
reality\t''
wireguard\t''
openconnect\t''"
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l location -d 'Only servers in this region (e.g. eu-west)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l status -r -f -a "online\t''
degraded\t''
offline\t''
maintenance\t''"
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
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l size -d 'Servers per page (1-500)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l desc -d 'Sort descending'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l all -d 'Follow every page (ignores --page)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List mining servers, filtered and sorted, one page or all of them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand servers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l listen -d 'Address to listen on (port 0 picks a free port). Binds loopback by default' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l db -d 'SQLite database file, or `:memory:`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l demo-scale -d 'Size multiplier of the demo network (1 = 300 servers, 3,000 users)' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l seed -d 'Seed of the demo network\'s random generator' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l rate-limit -d 'Requests per minute per caller and user type, e.g. FREE=300,PREMIUM=1200,ADMIN=12000 (0 = unlimited), or `off`' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l simulate -d 'Simulate the demo network\'s agents: every server in service reports a heartbeat this often (e.g. 1s, 5s); 0 turns it off' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l demo -d 'Seed the demo network into an empty database'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand server" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -f -a "operations" -d 'Every root field with its operation document and command'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -f -a "schema" -d 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and not __fish_seen_subcommand_from operations schema help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from operations" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand api; and __fish_seen_subcommand_from schema" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
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
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l endpoint -d 'GraphQL endpoint URL, or `local` for the embedded backend on the local database' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s o -l output -d 'Output format: table (aligned text when piped), json or csv' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l timeout -d 'Seconds to wait for the platform before giving up' -r
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s q -l quiet -d 'Print nothing but errors (and the data of -o json/csv)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -l allow-insecure-http -d 'Allow sending a token over plain http to a host that is not this machine'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s h -l help -d 'Print help'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand completions" -s V -l version -d 'Print version'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api completions help" -f -a "servers" -d 'List and manage mining servers'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api completions help" -f -a "server" -d 'Run the bundled platform backend (GraphQL over HTTP on SQLite)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api completions help" -f -a "api" -d 'The API itself: the operation table and the schema'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and not __fish_seen_subcommand_from servers server api completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from servers" -f -a "list" -d 'List mining servers, filtered and sorted, one page or all of them'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "operations" -d 'Every root field with its operation document and command'
complete -c vpnmine -n "__fish_vpnmine_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "schema" -d 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql'
