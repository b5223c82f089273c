var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "OK");
app.Run();
