
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
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
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
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'The API itself: the operation table and the schema')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;servers' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
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
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Servers per page (1-500)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort descending')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (ignores --page)')
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
        'vpnmine;servers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mining servers, filtered and sorted, one page or all of them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;servers;help;list' {
            break
        }
        'vpnmine;servers;help;help' {
            break
        }
        'vpnmine;server' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port). Binds loopback by default')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file, or `:memory:`')
            [CompletionResult]::new('--demo-scale', '--demo-scale', [CompletionResultType]::ParameterName, 'Size multiplier of the demo network (1 = 300 servers, 3,000 users)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the demo network''s random generator')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests per minute per caller and user type, e.g. FREE=300,PREMIUM=1200,ADMIN=12000 (0 = unlimited), or `off`')
            [CompletionResult]::new('--simulate', '--simulate', [CompletionResultType]::ParameterName, 'Simulate the demo network''s agents: every server in service reports a heartbeat this often (e.g. 1s, 5s); 0 turns it off')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the platform before giving up')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Seed the demo network into an empty database')
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
        'vpnmine;api' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
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
            [CompletionResult]::new('operations', 'operations', [CompletionResultType]::ParameterValue, 'Every root field with its operation document and command')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the schema (SDL) the bundled server implements: the contents of schema.graphql')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;api;operations' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
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
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
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
        'vpnmine;completions' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, or `local` for the embedded backend on the local database')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (aligned text when piped), json or csv')
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
        'vpnmine;help' {
            [CompletionResult]::new('servers', 'servers', [CompletionResultType]::ParameterValue, 'List and manage mining servers')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Run the bundled platform backend (GraphQL over HTTP on SQLite)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'The API itself: the operation table and the schema')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vpnmine;help;servers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mining servers, filtered and sorted, one page or all of them')
            break
        }
        'vpnmine;help;servers;list' {
            break
        }
        'vpnmine;help;server' {
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
        'vpnmine;help;completions' {
            break
        }
        'vpnmine;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
