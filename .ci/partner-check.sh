#!/usr/bin/env bash
# A partner's-eye check: pack both packages to a local folder, create a fresh console app outside the repo,
# `dotnet add package` them from that folder (other packages from the machine's source), then build and run code
# that registers AddRyzeApiClient, resolves RyzeClient and calls the fake RyzeAPI.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date +%s)"   # a fresh version each run, so a cached package is never reused

dotnet pack "$repo/src/RyzeApi.Client" -c Release -o "$work/feed" -p:Version="$version" --nologo -v q
dotnet pack "$repo/src/RyzeApi.Client.Testing" -c Release -o "$work/feed" -p:Version="$version" --nologo -v q
ls "$work/feed"

cd "$work"
dotnet new console -o PartnerApp --framework net10.0 >/dev/null
cd PartnerApp
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-feed" value="$work/feed" />
  </packageSources>
</configuration>
XML
dotnet add package RyzeApi.Client --version "$version" >/dev/null
dotnet add package RyzeApi.Client.Testing --version "$version" >/dev/null
cat > Program.cs <<'CS'
using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client;
using RyzeApi.Client.Testing;

await using var fake = await FakeRyzeServer.StartAsync();
var services = new ServiceCollection();
services.AddRyzeApiClient(o => { o.BaseAddress = fake.BaseAddress; o.AccountToken = fake.AccountToken; });
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<RyzeClient>();

var created = await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "partner" });
var found = await client.Instances.GetAsync("partner");
await client.Instances.DeleteAsync("partner");
Console.WriteLine($"partner app: created {created.Name}, found {found.Name} ({found.State}), deleted");
return found.Name == "partner" ? 0 : 1;
CS
dotnet run
