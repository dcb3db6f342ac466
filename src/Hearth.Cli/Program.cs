Console.WriteLine("hearth");
