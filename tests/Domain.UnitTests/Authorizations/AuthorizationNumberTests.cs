using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.UnitTests.Authorizations;

public sealed class AuthorizationNumberTests
{
    private const string UnambiguousAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXY";
    private const string EveryUpperCaseLetterAndDigit = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static IEnumerable<AuthorizationNumber> Generated(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => AuthorizationNumber.Generate(random)).ToList();
    }

    [Fact]
    public void A_generated_number_is_8_unambiguous_characters_displayed_as_two_groups_of_four()
    {
        foreach (var number in Generated(1_000, seed: 7))
        {
            number.Value.Length.ShouldBe(8);
            number.Value.ShouldAllBe(c => UnambiguousAlphabet.Contains(c));
            number.Display.ShouldBe($"{number.Value[..4]}-{number.Value[4..]}");
            number.ToString().ShouldBe(number.Display);
        }
    }

    [Theory]
    [InlineData(0, "22222222")]
    [InlineData(1, "3333333S")]
    [InlineData(28, "YYYYYYY8")]
    public void The_check_character_brings_the_weighted_sum_to_zero_mod_29(int draw, string expected)
    {
        // Weights 8..1: seven equal digits d sum to 35·d, so the check digit is −35·d mod 29.
        AuthorizationNumber.Generate(_ => draw).Value.ShouldBe(expected);
    }

    [Fact]
    public void The_random_source_draws_each_character_from_the_whole_alphabet()
    {
        var draws = new Queue<int>([0, 1, 2, 3, 26, 27, 28]);
        var maxima = new List<int>();

        var number = AuthorizationNumber.Generate(max =>
        {
            maxima.Add(max);
            return draws.Dequeue();
        });

        number.Value[..7].ShouldBe("2345WXY");
        maxima.ShouldBe(Enumerable.Repeat(29, 7));
    }

    [Fact]
    public void A_random_source_out_of_range_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => AuthorizationNumber.Generate(_ => 29));
    }

    [Fact]
    public void One_hundred_thousand_distinct_draws_give_one_hundred_thousand_distinct_numbers_that_all_parse_back()
    {
        // A stride coprime to 29^7 walks 100,000 distinct 7-digit draws that vary in every position.
        const long space = 17_249_876_309; // 29^7
        const long stride = 2_654_435_761;
        var numbers = new HashSet<string>();

        for (long i = 0; i < 100_000; i++)
        {
            var draw = i * stride % space;
            var number = AuthorizationNumber.Generate(max =>
            {
                var digit = (int)(draw % max);
                draw /= max;
                return digit;
            });

            numbers.Add(number.Value).ShouldBeTrue($"{number} was generated twice");
            AuthorizationNumber.Parse(number.Display).ShouldBe(number);
        }

        numbers.Count.ShouldBe(100_000);
    }

    [Fact]
    public void One_hundred_thousand_random_numbers_all_parse_back_and_collide_no_more_than_chance_allows()
    {
        // 29^7 ≈ 1.7e10 numbers: 100,000 random draws are expected to collide 0.29 times (birthday bound),
        // which is why the store retries on a collision. More than 3 would mean randomness is being lost.
        var numbers = Generated(100_000, seed: 20250310).ToList();

        numbers.ShouldAllBe(n => AuthorizationNumber.Parse(n.Value) == n);
        (numbers.Count - numbers.Distinct().Count()).ShouldBeLessThanOrEqualTo(3);
    }

    [Fact]
    public void A_number_is_read_in_any_case_with_or_without_spaces_and_dashes()
    {
        var number = AuthorizationNumber.Generate(new Random(11));
        var v = number.Value;
        string[] typed =
        [
            v,
            number.Display,
            number.Display.ToLowerInvariant(),
            $"  {v[..4]} {v[4..]}  ",
            $"{v[..2]}-{v[2..4]} - {v[4..]}".ToLowerInvariant(),
            string.Join(' ', v.ToCharArray()),
        ];

        foreach (var input in typed)
        {
            AuthorizationNumber.TryParse(input, out var parsed).ShouldBeTrue(input);
            parsed.ShouldBe(number);
            AuthorizationNumber.Parse(input).ShouldBe(number);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("    ")]
    [InlineData("2222222")]
    [InlineData("222222222")]
    [InlineData("2222_2222")]
    [InlineData("2222.2222")]
    [InlineData("2222\t2222")]
    [InlineData("0000-0000")]
    public void Malformed_input_is_not_a_number(string? input)
    {
        AuthorizationNumber.TryParse(input, out var parsed).ShouldBeFalse();
        parsed.ShouldBeNull();
    }

    [Fact]
    public void Parsing_a_number_with_a_wrong_check_character_is_refused()
    {
        AuthorizationNumber.TryParse("2222-2222", out _).ShouldBeTrue();

        var ex = Should.Throw<BusinessRuleViolationException>(() => AuthorizationNumber.Parse("2222-2223"));

        ex.RuleName.ShouldBe(nameof(AuthorizationNumberMustBeValid));
    }

    [Fact]
    public void Every_single_character_substitution_is_detected()
    {
        var checkedCount = 0;
        foreach (var number in Generated(300, seed: 42))
        {
            for (var position = 0; position < 8; position++)
            {
                foreach (var replacement in EveryUpperCaseLetterAndDigit.Where(c => c != number.Value[position]))
                {
                    var typo = string.Concat(number.Value.AsSpan(0, position), replacement.ToString(), number.Value.AsSpan(position + 1));

                    AuthorizationNumber.TryParse(typo, out _).ShouldBeFalse($"{typo} (from {number.Value}) was accepted");
                    checkedCount++;
                }
            }
        }

        checkedCount.ShouldBe(300 * 8 * 35);
    }

    [Fact]
    public void Every_adjacent_transposition_is_detected()
    {
        var checkedCount = 0;
        foreach (var number in Generated(300, seed: 43))
        {
            for (var position = 0; position < 7; position++)
            {
                var chars = number.Value.ToCharArray();
                if (chars[position] == chars[position + 1])
                {
                    continue;
                }

                (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
                var typo = new string(chars);

                AuthorizationNumber.TryParse(typo, out _).ShouldBeFalse($"{typo} (from {number.Value}) was accepted");
                checkedCount++;
            }
        }

        checkedCount.ShouldBeGreaterThan(300 * 7 * 9 / 10);
    }
}
