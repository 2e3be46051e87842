using System.Text;

namespace Innominatus.ServiceDefaults.Naming;

/// <summary>One spelling for log fields and database columns: <c>WorkflowId</c> and <c>workflowId</c> become <c>workflow_id</c>.</summary>
public static class SnakeCase
{
    public static string Convert(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                {
                    result.Append('_');
                }
                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c == '.' || c == '-' ? '_' : c);
            }
        }
        return result.ToString();
    }
}
