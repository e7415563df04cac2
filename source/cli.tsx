console.log('council');
