using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Tests.Conventions;

/// <summary>Rules the whole public surface follows, checked by reflection over the library assembly.</summary>
public sealed class PublicSurfaceTests
{
    private const BindingFlags Visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(RyzeClient).Assembly;

    private static readonly Type[] PublicTypes = Library.GetExportedTypes();

    private static readonly Type[] Unsealed = [typeof(RyzeApiException), typeof(RyzeClient), typeof(InstancesClient), typeof(EventsClient), typeof(RyzeEvent), typeof(FleetClient)];

    [Fact]
    public void Public_types_are_sealed_except_the_documented_extension_points()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Except(Unsealed);

        PublicTypes.Should().Contain(Unsealed);
        open.Should().BeEmpty();
    }

    [Fact]
    public void Public_types_live_in_the_RyzeApi_Client_namespace_except_the_registration_extensions()
    {
        PublicTypes.Where(t => t.Namespace != "RyzeApi.Client").Should()
            .BeEquivalentTo([typeof(RyzeApiServiceCollectionExtensions), typeof(RyzeHealthChecksBuilderExtensions)]);
    }

    [Fact]
    public void Async_methods_end_in_Async_and_take_an_optional_cancellation_token_last()
    {
        var methods = PublicTypes.SelectMany(t => t.GetMethods(Visible)).Where(IsVisible)
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal))
            .ToList();

        methods.Should().NotBeEmpty();
        methods.Where(m => !m.Name.EndsWith("Async", StringComparison.Ordinal)).Should().BeEmpty();
        methods.Where(m => m.GetParameters() is not [.., { Name: "cancellationToken", HasDefaultValue: true } last] || last.ParameterType != typeof(CancellationToken))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Should().BeEmpty();
    }

    [Fact]
    public void No_public_signature_mentions_a_Refit_type()
    {
        var leaks = new List<string>();
        foreach (var type in PublicTypes)
        {
            Check(type.Name + " base", type.BaseType);
            foreach (var contract in type.GetInterfaces())
            {
                Check(type.Name + " implements", contract);
            }

            foreach (var member in type.GetMembers(Visible).Where(IsVisible))
            {
                switch (member)
                {
                    case MethodBase method:
                        Check($"{type.Name}.{method.Name} returns", (method as MethodInfo)?.ReturnType);
                        foreach (var parameter in method.GetParameters())
                        {
                            Check($"{type.Name}.{method.Name}({parameter.Name})", parameter.ParameterType);
                        }

                        break;
                    case PropertyInfo property:
                        Check($"{type.Name}.{property.Name}", property.PropertyType);
                        break;
                    case FieldInfo field:
                        Check($"{type.Name}.{field.Name}", field.FieldType);
                        break;
                    case EventInfo @event:
                        Check($"{type.Name}.{@event.Name}", @event.EventHandlerType);
                        break;
                }
            }
        }

        leaks.Should().BeEmpty();

        void Check(string where, Type? type)
        {
            if (type is not null && Mentions(type, t => t.Assembly.GetName().Name is "Refit" or "Refit.HttpClientFactory"))
            {
                leaks.Add($"{where}: {type}");
            }
        }
    }

    [Fact]
    public void The_Refit_check_would_catch_a_leak()
    {
        Mentions(typeof(Task<Refit.ApiResponse<string>>), t => t.Assembly.GetName().Name == "Refit").Should().BeTrue();
    }

    [Fact]
    public void Every_wire_body_and_envelope_is_registered_in_the_json_context()
    {
        var wireTypes = Library.GetTypes()
            .Where(t => t.Namespace is "RyzeApi.Client.Instances.Wire" or "RyzeApi.Client.Events.Wire" && (t.Name.EndsWith("Body", StringComparison.Ordinal) || t.Name.EndsWith("Envelope", StringComparison.Ordinal)))
            .Append(typeof(WireEnvelope))
            .ToList();

        wireTypes.Should().HaveCountGreaterThan(10);
        wireTypes.Where(t => RyzeJsonContext.Default.GetTypeInfo(t) is null).Should().BeEmpty();
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && !m.IsSpecialName || m is ConstructorInfo { IsPublic: true } or ConstructorInfo { IsFamily: true },
        PropertyInfo p => p.GetMethod is { } get && (get.IsPublic || get.IsFamily || get.IsFamilyOrAssembly),
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        _ => false,
    };

    private static bool Mentions(Type type, Func<Type, bool> predicate) =>
        predicate(type)
        || (type.HasElementType && Mentions(type.GetElementType()!, predicate))
        || (type.IsGenericType && !type.IsGenericTypeDefinition && type.GetGenericArguments().Any(a => Mentions(a, predicate)));
}
